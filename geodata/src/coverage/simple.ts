import { OVER_BUDGET, scanPairs } from './pairs.ts';
import { sweepSelfIntersection } from './sweep.ts';

/**
 * Is a polygon simple? Its rings are vertex ranges [start, end) of a flat projected array
 * xy = [x0, y0, x1, y1, …], without closing positions. A ring may not cross or touch itself; rings
 * of one polygon may touch at a point (OGC allows a hole to touch its shell) but not cross or share
 * a stretch of edge.
 */

/**
 * A ring whose every edge turns the same way around its vertex average, winding round it once, is
 * star-shaped about that point: its vertices' angles increase monotonically, so it cannot cross
 * itself. Voronoi-like grids (convex, however densified or jittered) and most drawn ones pass in
 * linear time; the rest take the pairwise scan, and the sweep if that runs long.
 */
function isStarSimple(xy: Float64Array, start: number, end: number): boolean {
  const n = end - start;
  if (n < 3) return false;
  let cx = 0;
  let cy = 0;
  for (let i = start; i < end; i++) {
    cx += xy[2 * i];
    cy += xy[2 * i + 1];
  }
  cx /= n;
  cy /= n;
  let sign = 0;
  let crossings = 0;
  for (let i = start; i < end; i++) {
    const j = i + 1 === end ? start : i + 1;
    const ax = xy[2 * i] - cx, ay = xy[2 * i + 1] - cy;
    const bx = xy[2 * j] - cx, by = xy[2 * j + 1] - cy;
    const cr = ax * by - ay * bx;
    if (cr === 0) return false;
    const s = cr > 0 ? 1 : -1;
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
    // edges crossing the ray from the centre towards +x (half-open in y)
    if (ay < 0 !== by < 0 && (ay < 0 ? cr > 0 : cr < 0)) crossings++;
  }
  return crossings === 1;
}

/**
 * Pairs of edges the pairwise scan may look at, per edge, before the sweep takes over: almost five
 * times what Dafang's drawn grids need (3.4 at most), so they never pay for the sweep, and the
 * worst case stays O(n log n) plus this much.
 */
const PAIRS_PER_EDGE = 16;

/** A point where the polygon (rings given as vertex ranges) is not simple, or null. */
export function findSelfIntersection(
  xy: Float64Array,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  from = 0,
  to = starts.length,
): [number, number] | null {
  if (from !== 0 || to !== starts.length) {
    starts = Array.prototype.slice.call(starts, from, to);
    ends = Array.prototype.slice.call(ends, from, to);
  }
  // a spike: an edge that doubles straight back on the previous one
  for (let r = 0; r < starts.length; r++) {
    const s = starts[r], e = ends[r];
    for (let i = s; i < e; i++) {
      const a = i === s ? e - 1 : i - 1;
      const c = i + 1 === e ? s : i + 1;
      const ux = xy[2 * i] - xy[2 * a], uy = xy[2 * i + 1] - xy[2 * a + 1];
      const vx = xy[2 * c] - xy[2 * i], vy = xy[2 * c + 1] - xy[2 * i + 1];
      if (ux * vy - uy * vx === 0 && ux * vx + uy * vy < 0) return [xy[2 * i], xy[2 * i + 1]];
    }
  }
  if (starts.length === 1 && isStarSimple(xy, starts[0], ends[0])) return null;
  let total = 0;
  for (let r = 0; r < starts.length; r++) total += ends[r] - starts[r];
  const hit = scanPairs(xy, starts, ends, PAIRS_PER_EDGE * total + 1024);
  return hit === OVER_BUDGET ? sweepSelfIntersection(xy, starts, ends) : hit;
}

/** Point-in-ring by crossings (ring as a vertex range); a point on the edge may go either way. */
export function pointInRing(xy: Float64Array, start: number, end: number, px: number, py: number): boolean {
  let inside = false;
  for (let i = start, j = end - 1; i < end; j = i++) {
    const xi = xy[2 * i], yi = xy[2 * i + 1], xj = xy[2 * j], yj = xy[2 * j + 1];
    if (yi > py !== yj > py && xi + ((py - yi) * (xj - xi)) / (yj - yi) > px) inside = !inside;
  }
  return inside;
}
