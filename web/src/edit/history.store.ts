import type { MultiPolygon, Polygon } from 'geojson';
import { create } from 'zustand';
import { errorMessage } from '../api/error-message.ts';
import type { Load } from '../state/load.ts';
import { editApi, type GridHistoryEntry } from './edit-api.ts';

interface HistoryStore {
  gridId: string | null;
  entries: Load<GridHistoryEntry[]> | null;
  /** a recorded version drawn on the map (dashed) while the planner looks at it */
  shown: { entry: number; geometry: Polygon | MultiPolygon } | null;
  open: (gridId: string | null) => Promise<void>;
  show: (shown: HistoryStore['shown']) => void;
}

/** A grid's recorded changes (who, when, before/after), fetched when the planner opens them. */
export const useGridHistory = create<HistoryStore>((set, get) => ({
  gridId: null,
  entries: null,
  shown: null,
  open: async (gridId) => {
    set({ gridId, entries: gridId ? { state: 'loading' } : null, shown: null });
    if (!gridId) return;
    try {
      const entries = await editApi.history(gridId);
      if (get().gridId === gridId) set({ entries: { state: 'ready', data: entries } });
    } catch (err) {
      if (get().gridId === gridId) set({ entries: { state: 'error', message: errorMessage(err) } });
    }
  },
  show: (shown) => set({ shown }),
}));
