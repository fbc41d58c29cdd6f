import { create } from 'zustand';
import type { UnitAdminInfo } from '@wangge/geodata';
import { isAbort } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { unitsApi } from './units-api.ts';

interface UnitsStore {
  search: string;
  units: UnitAdminInfo[] | null;
  error: string | null;
  /** asks again for the units matching `search` (the latest ask wins) */
  load: (search: string) => Promise<void>;
  /** puts units the server just answered with into the list (added or changed) */
  put: (...units: UnitAdminInfo[]) => void;
}

let asking: AbortController | null = null;

/** In service first, by name; merged ones last (as the server lists them). */
export function unitOrder(a: UnitAdminInfo, b: UnitAdminInfo): number {
  return Number(a.retiredAt !== null) - Number(b.retiredAt !== null) || a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id);
}

/** The units list of the admin's view (GET /api/units/manage?q=). */
export const useUnits = create<UnitsStore>((set, get) => ({
  search: '',
  units: null,
  error: null,
  load: async (search) => {
    asking?.abort();
    const mine = (asking = new AbortController());
    set({ search, error: null });
    try {
      const units = await unitsApi.list(search.trim(), mine.signal);
      if (asking === mine) set({ units });
    } catch (err) {
      if (!isAbort(err) && asking === mine) set({ error: errorMessage(err) });
    }
  },
  put: (...changed) => {
    const list = (get().units ?? []).filter((u) => !changed.some((c) => c.id === u.id));
    set({ units: [...list, ...changed].sort(unitOrder) });
  },
}));
