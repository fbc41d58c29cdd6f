import { create } from 'zustand';
import type { LonLat } from '../state/url-state.ts';

interface CameraStore {
  /** the latest request to centre a point; `n` tells a new request from the same place asked twice */
  request: { at: LonLat; n: number } | null;
  flyTo: (at: LonLat) => void;
}

/** Asks the map (which lives outside React) to move to a problem or the user's location. */
export const useProblemCamera = create<CameraStore>((set) => ({
  request: null,
  flyTo: (at) => set((s) => ({ request: { at, n: (s.request?.n ?? 0) + 1 } })),
}));
