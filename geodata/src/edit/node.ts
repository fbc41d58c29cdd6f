import type { Position } from 'geojson';
import type { Drafts } from './drafts.ts';
import { segmentDistance, type Plane, type XY } from './plane.ts';
import { bboxesMeet, bboxOf, type OpenPolygons } from './rings.ts';
import type { EditFeature } from './types.ts';

/** Roughly metres per degree, to pad a bounding box by a tolerance in metres. */
const M_PER_DEG = 100_000;

/**
 * Makes a grid's new shape and its neighbours agree vertex for vertex: a neighbour's vertex on one
 * of the new edges goes into the new shape, and a vertex of the new shape on a neighbour's edge
 * goes into the neighbour (the T-junctions a gap or overlap fix would otherwise leave).
 */
export function nodeWithNeighbours<F extends EditFeature>(drafts: Drafts<F>, grid: number, polys: OpenPolygons, plane: Plane, toleranceM: number): OpenPolygons {
  const box = bboxOf(polys);
  const pad = (2 * toleranceM) / M_PER_DEG;
  const near = drafts.ids.map((_, g) => g).filter((g) => g !== grid && bboxesMeet(box, bboxOf(drafts.polys(g)), pad));
  const theirs = near.flatMap((g) => drafts.polys(g).flat(2));
  const result = polys.map((rings) => rings.map((ring) => insertOnRing(ring, theirs, plane, toleranceM)));
  const mine = result.flat(2);
  for (const g of near) {
    const rings = drafts.polys(g);
    rings.forEach((rs, p) =>
      rs.forEach((ring, r) => {
        const noded = insertOnRing(ring, mine, plane, toleranceM);
        if (noded.length !== ring.length) drafts.write(g)[p][r] = noded;
      }),
    );
  }
  return result;
}

/**
 * Makes the grids near `box` agree with each other vertex for vertex inside it: a vertex of one
 * lying on another's edge goes into that edge. Cutting an overlap out of one grid leaves its
 * other neighbours bordering the grid that kept the overlap, along edges that never met before —
 * a third grid's corner then sits in the middle of the keeper's edge (a T-junction) unless noded.
 * Only existing positions are inserted, so one pass over them is complete.
 */
export function nodeAround<F extends EditFeature>(drafts: Drafts<F>, box: readonly number[], plane: Plane, toleranceM: number): void {
  const pad = (2 * toleranceM) / M_PER_DEG;
  const near = drafts.ids.map((_, g) => g).filter((g) => bboxesMeet(box, bboxOf(drafts.polys(g)), pad));
  const inBox = (p: Position) => p[0] >= box[0] - pad && p[0] <= box[2] + pad && p[1] >= box[1] - pad && p[1] <= box[3] + pad;
  const points = new Map(near.map((g) => [g, drafts.polys(g).flat(2).filter(inBox)]));
  for (const g of near) {
    const others = near.filter((o) => o !== g).flatMap((o) => points.get(o)!);
    drafts.polys(g).forEach((rs, p) =>
      rs.forEach((ring, r) => {
        const noded = insertOnRing(ring, others, plane, toleranceM);
        if (noded.length !== ring.length) drafts.write(g)[p][r] = noded;
      }),
    );
  }
}

/** The ring with every one of `points` that lies inside one of its edges (within tol) put there. */
function insertOnRing(ring: Position[], points: Position[], plane: Plane, tol: number): Position[] {
  const xy = ring.map((p) => plane.xy(p));
  const pxy = points.map((p) => plane.xy(p));
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    out.push(ring[i]);
    const a = xy[i];
    const b = xy[(i + 1) % ring.length];
    const on: { p: Position; t: number }[] = [];
    pxy.forEach((q, k) => {
      if (far(q, a, tol) && far(q, b, tol)) {
        const { d, t } = segmentDistance(q, a, b);
        if (d <= tol && !on.some((o) => o.p[0] === points[k][0] && o.p[1] === points[k][1])) on.push({ p: points[k], t });
      }
    });
    on.sort((x, y) => x.t - y.t);
    for (const o of on) out.push([o.p[0], o.p[1]]);
  }
  return out;
}

function far(p: XY, q: XY, tol: number): boolean {
  return Math.hypot(p[0] - q[0], p[1] - q[1]) > tol;
}
