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
 * linear time; the rest take the pairwise test.
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
  // segment k runs from vertex va[k] to vb[k]; pos is its place along ring ringOf[k] of rlen[k]
  const { va, vb, ringOf, pos, rlen, minx, order } = scratch(total);
  let k = 0;
  for (let r = 0; r < starts.length; r++) {
    const s = starts[r], e = ends[r];
    for (let i = s; i < e; i++, k++) {
      const j = i + 1 === e ? s : i + 1;
      va[k] = i;
      vb[k] = j;
      ringOf[k] = r;
      pos[k] = i - s;
      rlen[k] = e - s;
      minx[k] = xy[2 * i] < xy[2 * j] ? xy[2 * i] : xy[2 * j];
    }
  }
  sortByKey(order, minx, total);
  for (let oi = 0; oi < total; oi++) {
    const a = order[oi];
    const ax1 = xy[2 * va[a]], ay1 = xy[2 * va[a] + 1], ax2 = xy[2 * vb[a]], ay2 = xy[2 * vb[a] + 1];
    const axMax = ax1 > ax2 ? ax1 : ax2;
    const ayMin = ay1 < ay2 ? ay1 : ay2, ayMax = ay1 > ay2 ? ay1 : ay2;
    for (let oj = oi + 1; oj < total; oj++) {
      const b = order[oj];
      if (minx[b] > axMax) break;
      const bx1 = xy[2 * va[b]], by1 = xy[2 * va[b] + 1], bx2 = xy[2 * vb[b]], by2 = xy[2 * vb[b] + 1];
      if ((by1 > by2 ? by1 : by2) < ayMin || (by1 < by2 ? by1 : by2) > ayMax) continue;
      const same = ringOf[a] === ringOf[b];
      if (same) {
        const d = pos[a] > pos[b] ? pos[a] - pos[b] : pos[b] - pos[a];
        if (d === 1 || d === rlen[a] - 1) continue;
      }
      const hit = segmentContact(ax1, ay1, ax2, ay2, bx1, by1, bx2, by2);
      if (hit === null) continue;
      if (same || hit.kind !== 'touch') return hit.at;
    }
  }
  return null;
}

interface Scratch {
  va: Int32Array;
  vb: Int32Array;
  ringOf: Int32Array;
  pos: Int32Array;
  rlen: Int32Array;
  order: Int32Array;
  minx: Float64Array;
}
let buffers: Scratch | null = null;

/** Reused buffers: ten thousand small rings must not mean seventy thousand typed arrays. */
function scratch(n: number): Scratch {
  if (!buffers || buffers.va.length < n) {
    const m = Math.max(n, 1024);
    buffers = {
      va: new Int32Array(m),
      vb: new Int32Array(m),
      ringOf: new Int32Array(m),
      pos: new Int32Array(m),
      rlen: new Int32Array(m),
      order: new Int32Array(m),
      minx: new Float64Array(m),
    };
  }
  return buffers;
}

/** order[0..n) = 0..n-1 sorted by key: insertion sort for ring-sized inputs, else the built-in. */
function sortByKey(order: Int32Array, key: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) order[i] = i;
  if (n > 96) {
    order.subarray(0, n).sort((p, q) => key[p] - key[q]);
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = order[i];
    const kv = key[v];
    let j = i - 1;
    while (j >= 0 && key[order[j]] > kv) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = v;
  }
}

type Contact = { kind: 'proper' | 'touch' | 'overlap'; at: [number, number] };

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  return Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by);
}

/** How two segments meet: a proper crossing, a touch at a point, a shared stretch — or not at all. */
export function segmentContact(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): Contact | null {
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return { kind: 'proper', at: [ax + t * (bx - ax), ay + t * (by - ay)] };
  }
  if (d1 === 0 && d2 === 0) {
    const along = Math.abs(bx - ax) >= Math.abs(by - ay);
    const lo = Math.max(along ? Math.min(ax, bx) : Math.min(ay, by), along ? Math.min(cx, dx) : Math.min(cy, dy));
    const hi = Math.min(along ? Math.max(ax, bx) : Math.max(ay, by), along ? Math.max(cx, dx) : Math.max(cy, dy));
    if (hi < lo) return null;
    const at: [number, number] = onSegment(cx, cy, dx, dy, ax, ay) ? [ax, ay] : onSegment(cx, cy, dx, dy, bx, by) ? [bx, by] : [cx, cy];
    return { kind: hi > lo ? 'overlap' : 'touch', at };
  }
  if (d1 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return { kind: 'touch', at: [ax, ay] };
  if (d2 === 0 && onSegment(cx, cy, dx, dy, bx, by)) return { kind: 'touch', at: [bx, by] };
  if (d3 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return { kind: 'touch', at: [cx, cy] };
  if (d4 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return { kind: 'touch', at: [dx, dy] };
  return null;
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
