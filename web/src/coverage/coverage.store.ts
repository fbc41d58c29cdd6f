import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { create } from 'zustand';
import type { BBox, CoverageReport, CoverageResponse } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import type { Load } from '../state/load.ts';
import { coverageApi } from './coverage-api.ts';

/** The browser's own check of grids being edited or imported, and how long it took. */
export interface LiveCoverage {
  report: CoverageReport;
  ms: number;
  /** the grids that were checked (codes and boxes for the list come from them) */
  grids: readonly Feature<Polygon | MultiPolygon, { id: string; code?: string }>[];
}

/** What the map should show and fit to: a defect from the list, or a grid with a responsibility issue. */
export interface CoverageFocus {
  key: string;
  bbox: BBox;
}

interface CoverageStore {
  /** GET /api/coverage: the stored grids */
  stored: Load<CoverageResponse> | null;
  /** set while grids are edited or an import is previewed; the panel and the map show it instead */
  live: LiveCoverage | null;
  /** whether the coverage view (or the edit view) is open, so the map draws the defects */
  shown: boolean;
  focus: CoverageFocus | null;
  /** bumped on every click in the list, so clicking the same defect again moves the map again */
  focusRequest: number;
  loadStored: () => Promise<void>;
  /** fetches the stored report again (after a save) */
  reloadStored: () => Promise<void>;
  setLive: (live: LiveCoverage | null) => void;
  setShown: (shown: boolean) => void;
  focusOn: (focus: CoverageFocus | null) => void;
}

export const useCoverage = create<CoverageStore>((set, get) => ({
  stored: null,
  live: null,
  shown: false,
  focus: null,
  focusRequest: 0,
  loadStored: async () => {
    const state = get().stored?.state;
    if (state === 'loading' || state === 'ready') return;
    return get().reloadStored();
  },
  reloadStored: async () => {
    if (get().stored?.state !== 'ready') set({ stored: { state: 'loading' } });
    try {
      set({ stored: { state: 'ready', data: await coverageApi.stored() } });
    } catch (err) {
      set({ stored: { state: 'error', message: errorMessage(err) } });
    }
  },
  setLive: (live) => set({ live }),
  setShown: (shown) => {
    if (shown !== get().shown) set({ shown, focus: shown ? get().focus : null });
  },
  focusOn: (focus) => set((s) => ({ focus, focusRequest: s.focusRequest + 1 })),
}));

/** The report on show: the live one while editing, else the stored one once loaded. */
export function shownReport(s: { stored: Load<CoverageResponse> | null; live: LiveCoverage | null }): CoverageReport | null {
  if (s.live) return s.live.report;
  return s.stored?.state === 'ready' ? s.stored.data : null;
}
