import { create } from 'zustand';
import { editApi } from './edit-api.ts';
import type { OrgLists } from './grid-attrs.ts';

interface OrgStore {
  lists: OrgLists | null;
  /**
   * fetches every unit and 片区 again (a form that opens asks, so a unit added or merged in the units
   * view since is offered); calls while one is on its way share it; a failure keeps the lists it had
   */
  load: () => Promise<void>;
}

let loading: Promise<void> | null = null;

/** Every unit and 片区, for the grid form's pickers (GET /api/units, /api/areas). */
export const useOrg = create<OrgStore>((set) => ({
  lists: null,
  load: () =>
    (loading ??= Promise.all([editApi.units(), editApi.areas()])
      .then(
        ([units, areas]) => set({ lists: { units: units.map(({ id, name }) => ({ id, name })), areas: areas.map(({ id, name }) => ({ id, name })) } }),
        () => undefined,
      )
      .finally(() => {
        loading = null;
      })),
}));
