/**
 * Is a polygon simple? Rings are flat projected [x0, y0, x1, y1, …] without the closing position.
 * A ring may not cross or touch itself; rings of one polygon may touch at a point (OGC allows a hole
 * to touch its shell) but may not cross or share a stretch of edge.
 */

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/**
 * A ring that always turns the same way and crosses the horizontal only twice winds once: it is
 * convex and simple. Voronoi-like grids are mostly this, so most rings skip the pairwise test.
 */
function isConvexSimple(r: Float64Array): boolean {
  const n = r.length / 2;
  if (n < 3) return false;
  let sign = 0;
  let changes = 0;
  let lastDy = 0;
  let firstDy = 0;
  for (let i = 0; i < n; i++) {
    const a = ((i + n - 1) % n) * 2;
    const b = i * 2;
    const c = ((i + 1) % n) * 2;
    const ux = r[b] - r[a];
    const uy = r[b + 1] - r[a + 1];
    const vx = r[c] - r[b];
    const vy = r[c + 1] - r[b + 1];
    const cr = ux * vy - uy * vx;
    if (cr !== 0) {
      const s = cr > 0 ? 1 : -1;
      if (sign === 0) sign = s;
      else if (s !== sign) return false;
    } else if (ux * vx + uy * vy <= 0) return false;
    if (vy !== 0) {
      const d = vy > 0 ? 1 : -1;
      if (firstDy === 0) firstDy = d;
      else if (d !== lastDy) changes++;
      lastDy = d;
    }
  }
  if (lastDy !== 0 && lastDy !== firstDy) changes++;
  return sign !== 0 && changes === 2;
}

/** A point where the polygon is not simple, or null. */
export function findSelfIntersection(rings: Float64Array[]): [number, number] | null {
  // a spike: an edge that doubles straight back on the previous one
  for (const r of rings) {
    const n = r.length / 2;
    for (let i = 0; i < n; i++) {
      const a = ((i + n - 1) % n) * 2;
      const b = i * 2;
      const c = ((i + 1) % n) * 2;
      const ux = r[b] - r[a];
      const uy = r[b + 1] - r[a + 1];
      const vx = r[c] - r[b];
      const vy = r[c + 1] - r[b + 1];
      if (ux * vy - uy * vx === 0 && ux * vx + uy * vy < 0) return [r[b], r[b + 1]];
    }
  }
  if (rings.length === 1 && isConvexSimple(rings[0])) return null;

  let total = 0;
  for (const r of rings) total += r.length / 2;
  const x1 = new Float64Array(total);
  const y1 = new Float64Array(total);
  const x2 = new Float64Array(total);
  const y2 = new Float64Array(total);
  const ringOf = new Int32Array(total);
  const idx = new Int32Array(total);
  const len = new Int32Array(total);
  let k = 0;
  rings.forEach((r, ri) => {
    const n = r.length / 2;
    for (let i = 0; i < n; i++, k++) {
      const j = (i + 1) % n;
      x1[k] = r[2 * i];
      y1[k] = r[2 * i + 1];
      x2[k] = r[2 * j];
      y2[k] = r[2 * j + 1];
      ringOf[k] = ri;
      idx[k] = i;
      len[k] = n;
    }
  });
  const minx = (s: number) => Math.min(x1[s], x2[s]);
  const order = Array.from({ length: total }, (_, s) => s).sort((a, b) => minx(a) - minx(b));
  for (let oi = 0; oi < total; oi++) {
    const a = order[oi];
    const axMax = Math.max(x1[a], x2[a]);
    const ayMin = Math.min(y1[a], y2[a]);
    const ayMax = Math.max(y1[a], y2[a]);
    for (let oj = oi + 1; oj < total; oj++) {
      const b = order[oj];
      if (minx(b) > axMax) break;
      if (Math.max(y1[b], y2[b]) < ayMin || Math.min(y1[b], y2[b]) > ayMax) continue;
      const same = ringOf[a] === ringOf[b];
      if (same) {
        const d = Math.abs(idx[a] - idx[b]);
        if (d === 1 || d === len[a] - 1) continue;
      }
      const hit = segmentContact(x1[a], y1[a], x2[a], y2[a], x1[b], y1[b], x2[b], y2[b]);
      if (hit === null) continue;
      if (same || hit.kind !== 'touch') return hit.at;
    }
  }
  return null;
}

type Contact = { kind: 'proper' | 'touch' | 'overlap'; at: [number, number] };

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  return (
    Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by)
  );
}

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
    // collinear: a shared stretch of positive length is an overlap, a shared endpoint a touch
    const along = Math.abs(bx - ax) >= Math.abs(by - ay);
    const lo1 = along ? Math.min(ax, bx) : Math.min(ay, by);
    const hi1 = along ? Math.max(ax, bx) : Math.max(ay, by);
    const lo2 = along ? Math.min(cx, dx) : Math.min(cy, dy);
    const hi2 = along ? Math.max(cx, dx) : Math.max(cy, dy);
    const lo = Math.max(lo1, lo2);
    const hi = Math.min(hi1, hi2);
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

/** Point-in-ring by crossings (flat ring without closing position); points on the edge count as in. */
export function pointInRing(r: Float64Array, px: number, py: number): boolean {
  const n = r.length / 2;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = r[2 * i], yi = r[2 * i + 1], xj = r[2 * j], yj = r[2 * j + 1];
    if ((yi > py) !== (yj > py)) {
      const x = xi + ((py - yi) * (xj - xi)) / (yj - yi);
      if (x === px) return true;
      if (x > px) inside = !inside;
    }
  }
  return inside;
}
