import type { Position } from 'geojson';
import { Drafts } from './drafts.ts';
import { isPosition } from './move-vertex.ts';
import { planeAt } from './plane.ts';
import { samePosition } from './rings.ts';
import { findSelfIntersection } from './simple.ts';
import { EDIT_ERRORS, refuse, VERTEX_TOLERANCE_DEG, type EditFeature, type EditResult } from './types.ts';

export interface InsertVertexOptions {
  /** edge ends match vertices within this many degrees (default 1e-9°) */
  tolerance?: number;
}

/**
 * Inserts `at` between a and b in every grid that has the edge a–b (either way round): a vertex
 * added to a shared edge goes into both grids, so it never makes a T-junction. `at` is normally
 * on the edge (a snap point); if it is off it, every grid sharing the edge bends the same way.
 */
export function insertVertex<F extends EditFeature>(
  grids: readonly F[],
  edge: readonly [Position, Position],
  at: Position,
  options: InsertVertexOptions = {},
): EditResult<F> {
  const [a, b] = edge;
  if (!isPosition(a) || !isPosition(b) || !isPosition(at)) return refuse(EDIT_ERRORS.invalidPosition, 'positions must be finite [longitude, latitude]');
  const tol = options.tolerance ?? VERTEX_TOLERANCE_DEG;
  const drafts = new Drafts(grids);
  if (drafts.findEdge(a, b, tol).length === 0) return refuse(EDIT_ERRORS.noEdge, 'no grid has that edge', { at });
  if (samePosition(at, a, tol) || samePosition(at, b, tol)) return { ok: true, change: drafts.change() };
  const written = drafts.insertOnEdge(a, b, at, tol);
  const plane = planeAt(at);
  const isNew = (p: Position) => p[0] === at[0] && p[1] === at[1];
  const bad = written.filter((g) => findSelfIntersection(drafts.write(g), plane, isNew)).map((g) => drafts.ids[g]);
  if (bad.length > 0) return refuse(EDIT_ERRORS.selfIntersection, `the new vertex makes grid ${bad.join(', ')} cross itself`, { grids: bad, at });
  return { ok: true, change: drafts.change() };
}
