import type { Welder } from './weld.ts';

export type Rect = [number, number, number, number];

/**
 * Sutherland–Hodgman: a ring of vertex ids clipped to an axis-aligned rectangle. Inside the
 * rectangle the result winds exactly as the ring did (for a concave ring it may run along the
 * rectangle's side and back; those runs cancel). New vertices are welded, so a neighbour clipped
 * across the same edge gets the same id.
 */
export function clipRingToRect(welder: Welder, ring: ArrayLike<number>, rect: Rect): number[] {
  const { x, y } = welder.store;
  // ping-pong between two scratch lists; the last pass writes a fresh array for the caller
  let cur = scratchA;
  let out = scratchB;
  let m = ring.length;
  for (let i = 0; i < m; i++) cur[i] = ring[i];
  for (let side = 0; side < 4 && m > 0; side++) {
    const vertical = (side & 1) === 0;
    const axis = vertical ? x : y;
    const value = rect[side]; // minx, miny, maxx, maxy
    const keepAbove = side < 2;
    if (side === 3) out = [];
    let k = 0;
    let a = cur[m - 1];
    let ina = keepAbove ? axis[a] >= value : axis[a] <= value;
    for (let i = 0; i < m; i++) {
      const b = cur[i];
      const inb = keepAbove ? axis[b] >= value : axis[b] <= value;
      if (ina !== inb) {
        const t = (value - axis[a]) / (axis[b] - axis[a]);
        const v = vertical ? welder.weld(value, y[a] + t * (y[b] - y[a])) : welder.weld(x[a] + t * (x[b] - x[a]), value);
        if (k === 0 || out[k - 1] !== v) out[k++] = v;
      }
      if (inb && (k === 0 || out[k - 1] !== b)) out[k++] = b;
      a = b;
      ina = inb;
    }
    while (k > 1 && out[0] === out[k - 1]) k--;
    m = k;
    const t = cur;
    cur = out;
    out = t;
  }
  if (m < 3) return [];
  cur.length = m;
  return cur;
}

let scratchA: number[] = [];
let scratchB: number[] = [];

export function rectContains(outer: Rect, inner: Rect): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

const CHUNK = 32;
const chunkCache = new WeakMap<ArrayLike<number>, Float64Array>();

/** Bounding boxes of runs of CHUNK edges (edge k runs from vertex k to k + 1, wrapping). */
function chunkBoxes(store: { x: Float64Array; y: Float64Array }, ring: ArrayLike<number>): Float64Array {
  let boxes = chunkCache.get(ring);
  if (boxes) return boxes;
  const m = ring.length;
  const nc = Math.ceil(m / CHUNK);
  boxes = new Float64Array(4 * nc);
  for (let c = 0; c < nc; c++) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = c * CHUNK, e = Math.min(m, (c + 1) * CHUNK); i <= e; i++) {
      const v = ring[i === m ? 0 : i];
      const px = store.x[v], py = store.y[v];
      if (px < x0) x0 = px;
      if (py < y0) y0 = py;
      if (px > x1) x1 = px;
      if (py > y1) y1 = py;
    }
    boxes.set([x0, y0, x1, y1], 4 * c);
  }
  chunkCache.set(ring, boxes);
  return boxes;
}

/**
 * A long ring (a community boundary) against a small frame: a run of edges lying wholly beyond one
 * side of the frame can be replaced by the straight edge from its first to its last vertex — the
 * area between them lies beyond that side too, so the winding inside the frame does not change.
 * Clipping then costs the frame's neighbourhood, not the whole boundary.
 */
export function clipLongRingToRect(welder: Welder, ring: ArrayLike<number>, rect: Rect): number[] {
  if (ring.length <= 2 * CHUNK) return clipRingToRect(welder, ring, rect);
  const boxes = chunkBoxes(welder.store, ring);
  const m = ring.length;
  const kept: number[] = [];
  for (let c = 0; c * CHUNK < m; c++) {
    const b = 4 * c;
    const beyond = boxes[b + 2] < rect[0] || boxes[b] > rect[2] || boxes[b + 3] < rect[1] || boxes[b + 1] > rect[3];
    if (beyond) kept.push(ring[c * CHUNK]);
    else for (let i = c * CHUNK, e = Math.min(m, (c + 1) * CHUNK); i < e; i++) kept.push(ring[i]);
  }
  return clipRingToRect(welder, kept, rect);
}
