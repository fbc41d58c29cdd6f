import { create } from 'zustand';
import type { CommunitiesResponse, ConfigResponse, GridsResponse, StatusResponse, ZonesResponse } from '@wangge/geodata';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import type { Load } from './load.ts';


interface DataStore {
  config: ConfigResponse | null;
  grids: GridsResponse | null;
  communities: CommunitiesResponse | null;
  zones: ZonesResponse | null;
  /** null while the first load runs, a message when it failed */
  baseError: string | null;
  statusByWeek: Readonly<Record<string, Load<StatusResponse>>>;
  loadBase: () => Promise<void>;
  loadStatus: (week: string) => Promise<void>;
  /** fetches a week's status again after a change (a report, an exempt week); the old one shows meanwhile */
  reloadStatus: (week: string) => Promise<void>;
  /** fetches the grids again after they were saved (the edit view) and returns them; throws when it fails */
  reloadGrids: () => Promise<GridsResponse>;
  /** another county: everything is fetched again, nothing of the last county's is shown meanwhile */
  reset: () => Promise<void>;
}

/** Committed data from the API. Nothing here is edited in the browser. */
export const useData = create<DataStore>((set, get) => ({
  config: null,
  grids: null,
  communities: null,
  zones: null,
  baseError: null,
  statusByWeek: {},
  loadBase: async () => {
    set({ baseError: null });
    try {
      // problems are not base data: the map asks for the ones in view (web/src/problems/pins.store.ts)
      const [config, grids, communities, zones] = await Promise.all([api.config(), api.grids(), api.communities(), api.zones()]);
      set({ config, grids, communities, zones });
    } catch (err) {
      set({ baseError: errorMessage(err) });
    }
  },
  loadStatus: async (week) => {
    const current = get().statusByWeek[week];
    if (current && (current.state === 'loading' || current.state === 'ready')) return;
    const put = (load: Load<StatusResponse>) => set((s) => ({ statusByWeek: { ...s.statusByWeek, [week]: load } }));
    put({ state: 'loading' });
    try {
      put({ state: 'ready', data: await api.status(week) });
    } catch (err) {
      put({ state: 'error', message: errorMessage(err) });
    }
  },
  reset: async () => {
    set({ statusByWeek: {} });
    await get().loadBase();
  },
  reloadGrids: async () => {
    const grids = await api.grids();
    set({ grids });
    return grids;
  },
  reloadStatus: async (week) => {
    if (get().statusByWeek[week]?.state !== 'ready') return get().loadStatus(week);
    try {
      const data = await api.status(week);
      set((s) => ({ statusByWeek: { ...s.statusByWeek, [week]: { state: 'ready', data } } }));
    } catch {
      // the map keeps the colours it has; the next week change or reload fetches again
    }
  },
}));

/** The status of the given week once loaded, read outside React. */
export function statusOf(week: string | null): StatusResponse | null {
  const load = week ? useData.getState().statusByWeek[week] : undefined;
  return load?.state === 'ready' ? load.data : null;
}

/** Hook form of statusOf: the status of the given week once loaded. */
export function useStatus(week: string | null): StatusResponse | null {
  return useData((s) => {
    const load = week ? s.statusByWeek[week] : undefined;
    return load?.state === 'ready' ? load.data : null;
  });
}
