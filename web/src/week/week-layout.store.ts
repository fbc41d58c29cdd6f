import { create } from 'zustand';
import type { GridsResponse } from '@wangge/geodata';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import type { Load } from '../state/load.ts';

interface WeekLayoutStore {
  /** the grids in force in each week asked for, as they were that week */
  byWeek: Readonly<Record<string, Load<GridsResponse>>>;
  /** asks once per week (again after a failure) */
  load: (week: string) => Promise<void>;
  /** forgets every week's layout: a save may change the running week's and the next ones */
  reset: () => void;
}

/**
 * Which grids a week's map draws: those in force that week (GET /api/grids?week=), so a grid
 * retired later still shows on the weeks it held and a new one does not appear before it took
 * effect. The edit view works on the latest layout (data.store) instead.
 */
export const useWeekLayout = create<WeekLayoutStore>((set, get) => ({
  byWeek: {},
  load: async (week) => {
    const current = get().byWeek[week];
    if (current && current.state !== 'error') return;
    const put = (load: Load<GridsResponse>) => set((s) => ({ byWeek: { ...s.byWeek, [week]: load } }));
    put({ state: 'loading' });
    try {
      put({ state: 'ready', data: await api.gridsOfWeek(week) });
    } catch (err) {
      put({ state: 'error', message: errorMessage(err) });
    }
  },
  reset: () => set({ byWeek: {} }),
}));

/** The layout of a week once loaded, read outside React. */
export function layoutOf(week: string | null): GridsResponse | null {
  const load = week ? useWeekLayout.getState().byWeek[week] : undefined;
  return load?.state === 'ready' ? load.data : null;
}

/** The week's layout could not be had (the map then draws the latest grids rather than none). */
export function layoutFailed(week: string | null): boolean {
  return week !== null && useWeekLayout.getState().byWeek[week]?.state === 'error';
}
