import { create } from 'zustand';
import { editApi } from './edit-api.ts';
import type { OrgLists } from './grid-attrs.ts';

interface OrgStore {
  lists: OrgLists | null;
  /** fetches every unit and 片区 once per page; a failure leaves the pickers on the ones in use */
  load: () => Promise<void>;
}

let loading: Promise<void> | null = null;

/** Every unit and 片区, for the grid form's pickers (GET /api/units, /api/areas). */
export const useOrg = create<OrgStore>((set) => ({
  lists: null,
  load: () =>
    (loading ??= Promise.all([editApi.units(), editApi.areas()]).then(
      ([units, areas]) => set({ lists: { units: units.map(({ id, name }) => ({ id, name })), areas: areas.map(({ id, name }) => ({ id, name })) } }),
      () => {
        loading = null;
      },
    )),
}));
