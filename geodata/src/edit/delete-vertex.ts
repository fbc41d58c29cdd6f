import type { Position } from 'geojson';
import { Drafts } from './drafts.ts';
import { isPosition } from './move-vertex.ts';
import { planeAt } from './plane.ts';
import { dedupeRing } from './rings.ts';
import { findSelfIntersection } from './simple.ts';
import { EDIT_ERRORS, refuse, VERTEX_TOLERANCE_DEG, type EditFeature, type EditResult } from './types.ts';

export interface DeleteVertexOptions {
  /** vertices within this many degrees of `at` go (default 1e-9°) */
  tolerance?: number;
}

const key = (p: Position) => `${p[0]},${p[1]}`;

/**
 * Removes the vertex at `at` from every grid that has it, in one change. Where grids share it in
 * the middle of their common border, all of them drop it, so the border stays one line and the
 * coverage stays whole. Refused where borders meet (its ring neighbours differ between grids:
 * removing it would open a gap or an overlap), when a ring would keep fewer than three distinct
 * vertices, or when the shortcut left behind would cross the ring or another ring of its polygon.
 */
export function deleteVertex<F extends EditFeature>(grids: readonly F[], at: Position, options: DeleteVertexOptions = {}): EditResult<F> {
  if (!isPosition(at)) return refuse(EDIT_ERRORS.invalidPosition, 'positions must be finite [longitude, latitude]');
  const tol = options.tolerance ?? VERTEX_TOLERANCE_DEG;
  const drafts = new Drafts(grids);
  const refs = drafts.findVertex(at, tol);
  if (refs.length === 0) return refuse(EDIT_ERRORS.noVertex, `no grid has a vertex at ${at[0]}, ${at[1]}`, { at });
  const held = [...new Set(refs.map((v) => drafts.ids[v.grid]))];
  // each occurrence's two ring neighbours: one pair for all of them means one border line through it
  const pairs = new Set(
    refs.map((v) => {
      const ring = drafts.polys(v.grid)[v.poly][v.ring];
      return [key(ring[(v.index + ring.length - 1) % ring.length]), key(ring[(v.index + 1) % ring.length])].sort().join('|');
    }),
  );
  if (pairs.size > 1) return refuse(EDIT_ERRORS.junction, `the borders of grids ${held.join(', ')} meet at the vertex`, { grids: held, at });

  const ends = new Set([...pairs][0].split('|'));
  const plane = planeAt(at);
  const small: string[] = [];
  const crossed: string[] = [];
  for (const g of new Set(refs.map((v) => v.grid))) {
    const polys = drafts.write(g);
    const touched = [...new Set(refs.filter((v) => v.grid === g).map((v) => v.poly))];
    for (const p of touched) {
      polys[p] = polys[p].map((ring) => dedupeRing(ring.filter((q) => Math.abs(q[0] - at[0]) > tol || Math.abs(q[1] - at[1]) > tol)));
    }
    const rings = touched.map((p) => polys[p]);
    if (rings.some((rs) => rs.some((r) => new Set(r.map(key)).size < 3))) small.push(drafts.ids[g]);
    else if (findSelfIntersection(rings, plane, (q) => ends.has(key(q)))) crossed.push(drafts.ids[g]);
  }
  if (small.length > 0) return refuse(EDIT_ERRORS.degenerate, `grid ${small.join(', ')} would keep fewer than three vertices`, { grids: small, at });
  if (crossed.length > 0) {
    return refuse(EDIT_ERRORS.selfIntersection, `without the vertex grid ${crossed.join(', ')} would cross itself`, { grids: crossed, at });
  }
  return { ok: true, change: drafts.change() };
}
