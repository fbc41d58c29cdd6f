import { Drafts } from './drafts.ts';
import { dissolve } from './dissolve.ts';
import { areaM2 } from './measure.ts';
import { planeAt } from './plane.ts';
import { withPolygons } from './rings.ts';
import { findSelfIntersection } from './simple.ts';
import { EDIT_ERRORS, NODE_TOLERANCE_M, refuse, type EditFeature, type EditResult } from './types.ts';

export interface MergeOptions {
  /** positions this close (metres) are one vertex, and a vertex this close to an edge lies on it */
  toleranceM?: number;
}

/**
 * Merges grid `otherId` into grid `keepId`: one polygon with the shared edges dissolved, keeping
 * `keepId`'s id and properties and every vertex of the remaining edges (the neighbours share them).
 * Refused unless the two grids share at least one edge.
 */
export function mergeGrids<F extends EditFeature>(grids: readonly F[], keepId: string, otherId: string, options: MergeOptions = {}): EditResult<F> {
  const drafts = new Drafts(grids);
  const keep = drafts.indexOf(keepId);
  const other = drafts.indexOf(otherId);
  if (keep < 0 || other < 0) {
    const missing = keep < 0 ? keepId : otherId;
    return refuse(EDIT_ERRORS.unknownGrid, `there is no grid ${missing}`, { grids: [missing] });
  }
  if (keep === other) return refuse(EDIT_ERRORS.sameGrid, 'a grid cannot be merged with itself', { grids: [keepId] });
  const a = drafts.polys(keep);
  const b = drafts.polys(other);
  const plane = planeAt(a[0][0][0]);
  const { polygons, shared } = dissolve([{ polys: a }, { polys: b }], plane, options.toleranceM ?? NODE_TOLERANCE_M);
  if (shared === 0) return refuse(EDIT_ERRORS.notAdjacent, `grids ${keepId} and ${otherId} share no edge`, { grids: [keepId, otherId] });
  const expected = areaM2(a, plane) + areaM2(b, plane);
  if (Math.abs(areaM2(polygons, plane) - expected) > 1e-6 * expected + 0.01 || findSelfIntersection(polygons, plane)) {
    return refuse(EDIT_ERRORS.degenerate, `grids ${keepId} and ${otherId} overlap; fix the overlap before merging`, { grids: [keepId, otherId] });
  }
  return { ok: true, change: { put: [withPolygons(grids[keep], polygons)], delete: [drafts.ids[other]] } };
}
