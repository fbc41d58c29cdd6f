import { create } from 'zustand';
import type { ProblemPinsResponse } from '@wangge/geodata';
import { isAbort } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { problemQuery, type Bbox } from './problem-query.ts';
import { problemsApi } from './problems-api.ts';
import { useProblemQuery } from './query.store.ts';
import { needsPins, padBbox, type LoadedPins } from './view-bbox.ts';

/**
 * Pins per request. Clustering 5,000 points is a few milliseconds in MapLibre's worker and the
 * answer stays under a megabyte gzipped; past that the newest are shown and the rest counted.
 */
export const PIN_LIMIT = 5000;
/** The view is asked for with this margin, so small pans need no new request. */
const VIEW_PADDING = 0.2;

interface PinsStore {
  /** the last answer; kept on screen while the next one loads */
  pins: ProblemPinsResponse | null;
  /** the map's view, [west, south, east, north] */
  view: Bbox | null;
  loading: boolean;
  error: string | null;
  /** the map's view moved (called after moveend, debounced) */
  setView: (view: Bbox, zoom: number) => void;
  /** asks again for the view as it is (the filter changed, or a problem did) */
  reload: () => void;
}

/** The pins for the map view and the shared filter; asks again only when the loaded ones do not cover the view. */
export const usePins = create<PinsStore>((set, get) => {
  let loaded: LoadedPins | null = null;
  let zoom = 0;
  let inFlight: AbortController | null = null;

  async function load(force: boolean) {
    const view = get().view;
    if (!view) return;
    const { filter } = useProblemQuery.getState();
    const filterKey = problemQuery(filter);
    if (!force && !needsPins(loaded, filterKey, view, zoom)) return;
    inFlight?.abort();
    const controller = (inFlight = new AbortController());
    const bbox = padBbox(view, VIEW_PADDING);
    const askedZoom = zoom;
    set({ loading: true });
    try {
      const pins = await problemsApi.pins(filter, { bbox, limit: PIN_LIMIT }, controller.signal);
      loaded = { filterKey, bbox, zoom: askedZoom, truncated: pins.total > pins.features.length };
      set({ pins, loading: false, error: null });
    } catch (err) {
      if (isAbort(err)) return;
      set({ loading: false, error: errorMessage(err) });
    } finally {
      if (inFlight === controller) inFlight = null;
    }
  }

  return {
    pins: null,
    view: null,
    loading: false,
    error: null,
    setView: (view, atZoom) => {
      zoom = atZoom;
      set({ view });
      void load(false);
    },
    reload: () => void load(true),
  };
});

/** How many of the loaded pins lie in the view (the answer covers a padded box). */
export function pinsInView(pins: ProblemPinsResponse, view: Bbox | null): number {
  if (!view) return pins.features.length;
  const [w, s, e, n] = view;
  let count = 0;
  for (const f of pins.features) {
    const [x, y] = f.geometry.coordinates;
    if (x >= w && x <= e && y >= s && y <= n) count++;
  }
  return count;
}
