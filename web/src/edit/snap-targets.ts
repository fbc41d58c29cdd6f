import type { EditFeature } from '@wangge/geodata';
import { useData } from '../state/data.store.ts';
import type { EditGrid } from './types.ts';

let last: { grids: readonly EditFeature[]; all: readonly EditFeature[] } | null = null;

/**
 * What a drawn point or a dragged vertex snaps to: the grids being edited and the community
 * outlines, which the outer edges of grids follow. Only grids gain a snapped vertex (insertSnapped
 * looks in the grids); the outline only places the point. Cached per grids array, so a drag's
 * frames do not rebuild it.
 */
export function snapTargets(grids: readonly EditGrid[] | readonly EditFeature[]): readonly EditFeature[] {
  if (last?.grids !== grids) last = { grids, all: [...grids, ...(useData.getState().communities?.features ?? [])] };
  return last.all;
}
