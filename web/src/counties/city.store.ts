import { create } from 'zustand';
import type { CityMapResponse, CityStatusResponse } from '@wangge/geodata';
import { getJson } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';

interface CityStore {
  /** the overview is shown: its panel, and the map coloured by county */
  open: boolean;
  /** the week its figures are for */
  week: string | null;
  status: CityStatusResponse | null;
  /** every county's outline; fetched once per page (counties do not move week to week) */
  outlines: CityMapResponse | null;
  error: string | null;
  show: () => void;
  /** the figures of `week` (and the outlines, once), for the open overview */
  load: (week: string) => void;
  hide: () => void;
}

let inFlight: AbortController | null = null;

/** The city overview (city-wide accounts): each county's week and outline, for the panel and the map. */
export const useCity = create<CityStore>((set, get) => ({
  open: false,
  week: null,
  status: null,
  outlines: null,
  error: null,
  show: () => set({ open: true }),
  load: (week) => {
    const known = get();
    set({ week, error: null, status: known.status?.week === week ? known.status : null });
    if (known.status?.week === week && known.outlines) return;
    inFlight?.abort();
    const abort = (inFlight = new AbortController());
    Promise.all([
      getJson<CityStatusResponse>(`/api/city/status?week=${week}`, abort.signal),
      known.outlines ? Promise.resolve(known.outlines) : getJson<CityMapResponse>('/api/city/map', abort.signal),
    ]).then(
      ([status, outlines]) => !abort.signal.aborted && set({ status, outlines }),
      (err: unknown) => !abort.signal.aborted && set({ error: errorMessage(err) }),
    );
  },
  hide: () => {
    inFlight?.abort();
    set({ open: false });
  },
}));
