import type { FeatureId } from './types.ts';

export const KIND_GRID = 0;
export const KIND_BOUNDARY = 1;
/** a grid with no assigned boundary, when none are assigned at all: it may meet any boundary */
export const GROUP_ANY = -2;
/** a grid with no assigned boundary while others have one: it meets only grids like it */
export const GROUP_NONE = -1;

/**
 * A grid or boundary after welding: rings as vertex ids, outer rings counter-clockwise and holes
 * clockwise in the projected plane, so a shape's inside is always on the left of its edges.
 * Owners are numbered grids first, then boundaries.
 */
export interface Shape {
  kind: typeof KIND_GRID | typeof KIND_BOUNDARY;
  id: FeatureId;
  /** index among grids (or among boundaries) in the input */
  index: number;
  rings: Int32Array[];
  /** for grids: the boundary owner it must lie in, GROUP_ANY or GROUP_NONE; for boundaries: itself */
  group: number;
  bbox: [number, number, number, number];
  areaM2: number;
}
