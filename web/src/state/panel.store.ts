import { create } from 'zustand';
import type { GridDetailResponse, LocateResponse } from '@wangge/geodata';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import type { Keyed } from './load.ts';
import type { LonLat, Selection } from './url-state.ts';
import { useView } from './view.store.ts';

interface PanelStore {
  /** the selected grid's detail for the shown week */
  detail: Keyed<GridDetailResponse> | null;
  /** who answers for the clicked place (zones included) */
  place: Keyed<LocateResponse> | null;
  /** fetches whatever the selection and week need and is not loaded yet */
  sync: (selection: Selection, week: string | null) => void;
  /** a click on the map: ask the API who answers for the place, then select its grid (if any) */
  inspectAt: (at: LonLat) => Promise<void>;
  /** fetches the selected grid's detail again after a change to it (a report submitted) */
  refresh: () => void;
}

const detailKey = (grid: string, week: string) => `${grid}@${week}`;
const placeKey = (at: LonLat) => `${at[0]},${at[1]}`;

/** Data for the side panel, fetched for the current selection; stale answers are dropped by key. */
export const usePanel = create<PanelStore>((set, get) => {
  // the detail the current selection wants; answers for anything else are stale and dropped
  let wantedDetail: string | null = null;

  async function fetchDetail(grid: string, week: string) {
    const key = detailKey(grid, week);
    if (wantedDetail === key && get().detail?.load.state !== 'error') return;
    wantedDetail = key;
    const shown = get().detail;
    // another week of the same grid: keep showing the old week until the new one arrives
    const sameGrid = shown?.load.state === 'ready' && shown.load.data.grid.id === grid;
    if (!sameGrid) set({ detail: { key, load: { state: 'loading' } } });
    try {
      const data = await api.grid(grid, week);
      if (wantedDetail === key) set({ detail: { key, load: { state: 'ready', data } } });
    } catch (err) {
      if (wantedDetail === key) set({ detail: { key, load: { state: 'error', message: errorMessage(err) } } });
    }
  }

  async function fetchPlace(at: LonLat): Promise<LocateResponse | null> {
    const key = placeKey(at);
    const known = get().place;
    if (known?.key === key && known.load.state === 'ready') return known.load.data;
    set({ place: { key, load: { state: 'loading' } } });
    try {
      const data = await api.locate(at[0], at[1]);
      if (get().place?.key === key) set({ place: { key, load: { state: 'ready', data } } });
      return data;
    } catch (err) {
      if (get().place?.key === key) set({ place: { key, load: { state: 'error', message: errorMessage(err) } } });
      return null;
    }
  }

  return {
    detail: null,
    place: null,
    sync: (selection, week) => {
      if (selection.grid && week) void fetchDetail(selection.grid, week);
      else {
        wantedDetail = null;
        if (get().detail) set({ detail: null });
      }
      if (selection.at) void fetchPlace(selection.at);
      else if (get().place) set({ place: null });
    },
    inspectAt: async (at) => {
      const located = await fetchPlace(at);
      if (get().place?.key !== placeKey(at)) return;
      useView.getState().select({ grid: located?.grid?.id ?? null, at });
    },
    refresh: () => {
      wantedDetail = null;
      const { selection, week } = useView.getState();
      get().sync(selection, week);
    },
  };
});
