import type { Position } from 'geojson';
import { Drafts } from './drafts.ts';
import { planeAt } from './plane.ts';
import { dedupeRing } from './rings.ts';
import { findSelfIntersection } from './simple.ts';
import { EDIT_ERRORS, refuse, VERTEX_TOLERANCE_DEG, type EditFeature, type EditResult } from './types.ts';

export interface MoveVertexOptions {
  /** vertices within this many degrees of `from` move (default 1e-9°) */
  tolerance?: number;
}

export function isPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[1] as number) <= 90;
}

/**
 * Moves the vertex at `from` to `to` in every grid that has it — a shared vertex moves in all its
 * grids at once, so neighbours keep bitwise-identical positions and the coverage stays whole.
 * Refused when a ring would cross itself (or, in a polygon with holes, another of its rings).
 * Moving onto a neighbouring vertex of the same ring removes the repeated vertex.
 */
export function moveVertex<F extends EditFeature>(grids: readonly F[], from: Position, to: Position, options: MoveVertexOptions = {}): EditResult<F> {
  if (!isPosition(from) || !isPosition(to)) return refuse(EDIT_ERRORS.invalidPosition, 'positions must be finite [longitude, latitude]');
  const drafts = new Drafts(grids);
  const refs = drafts.findVertex(from, options.tolerance ?? VERTEX_TOLERANCE_DEG);
  if (refs.length === 0) return refuse(EDIT_ERRORS.noVertex, `no grid has a vertex at ${from[0]}, ${from[1]}`, { at: from });
  for (const v of refs) drafts.write(v.grid)[v.poly][v.ring][v.index] = [to[0], to[1]];
  const moved = (p: Position) => p[0] === to[0] && p[1] === to[1];
  const plane = planeAt(to);
  const bad: string[] = [];
  for (const g of drafts.writtenGrids()) {
    const polys = drafts.write(g);
    const touched = [...new Set(refs.filter((v) => v.grid === g).map((v) => v.poly))].map((p) => {
      polys[p] = polys[p].map(dedupeRing);
      return polys[p];
    });
    if (touched.some((rings) => rings.some((r) => r.length < 3)) || findSelfIntersection(touched, plane, moved)) bad.push(drafts.ids[g]);
  }
  if (bad.length > 0) {
    return refuse(EDIT_ERRORS.selfIntersection, `moving the vertex there makes grid ${bad.join(', ')} cross itself`, { grids: bad, at: to });
  }
  return { ok: true, change: drafts.change() };
}
