import { takeInt32 } from './pool.ts';
import type { Welder } from './weld.ts';

/** Directed segments between vertex ids, each with a label (who drew it). */
export interface Segments {
  u: number[];
  v: number[];
  label: number[];
}

/** Segments cut at every crossing and at every vertex within tolerance of their interior. */
export interface NodedSegments extends Segments {
  /** index of the input segment each piece came from */
  origin: number[];
  /** true for the input segments that were cut */
  wasSplit: Uint8Array;
}

/**
 * Cuts segments so that any two either share a whole piece or meet only at shared vertices:
 * a vertex within `tolerance` of another segment's interior splits it there (T-junctions, collinear
 * overlaps), and proper crossings become new vertices (welded, so neighbours agree on them).
 * Candidate pairs come from a uniform grid; each pair is tested once, in the cell holding the
 * corner of their shared bounding box.
 */
let marks = new Int32Array(1024);
let stamp = 0;

/** A per-call "seen" mark for every vertex id, without clearing an array each time. */
function visitMarks(n: number): { marks: Int32Array; stamp: number } {
  if (marks.length < n) {
    marks = new Int32Array(Math.max(n, 2 * marks.length));
    stamp = 0;
  }
  if (++stamp === 0x7fffffff) {
    marks.fill(0);
    stamp = 1;
  }
  return { marks, stamp };
}

export function nodeSegments(welder: Welder, segs: Segments): NodedSegments {
  const store = welder.store;
  const tol = welder.tolerance;
  const n = segs.u.length;
  const out: NodedSegments = { u: [], v: [], label: [], origin: [], wasSplit: new Uint8Array(n) };
  if (n === 0) return out;
  const { x, y } = store;
  let minx = Infinity, miny = Infinity, maxx = -Infinity, maxy = -Infinity;
  let sumLen = 0;
  for (let i = 0; i < n; i++) {
    const a = segs.u[i], b = segs.v[i];
    minx = Math.min(minx, x[a], x[b]);
    maxx = Math.max(maxx, x[a], x[b]);
    miny = Math.min(miny, y[a], y[b]);
    maxy = Math.max(maxy, y[a], y[b]);
    const dx = x[b] - x[a], dy = y[b] - y[a];
    sumLen += Math.sqrt(dx * dx + dy * dy);
  }
  minx -= 2 * tol; miny -= 2 * tol; maxx += 2 * tol; maxy += 2 * tol;
  let cs = Math.max(sumLen / n, 4 * tol);
  let nx = Math.ceil((maxx - minx) / cs) || 1;
  let ny = Math.ceil((maxy - miny) / cs) || 1;
  while (nx * ny > 4 * n + 16) {
    cs *= 1.5;
    nx = Math.ceil((maxx - minx) / cs) || 1;
    ny = Math.ceil((maxy - miny) / cs) || 1;
  }
  const cellX = (px: number) => Math.min(nx - 1, Math.max(0, Math.floor((px - minx) / cs)));
  const cellY = (py: number) => Math.min(ny - 1, Math.max(0, Math.floor((py - miny) / cs)));

  // bucket segments (bbox grown by tolerance) into cells, CSR layout
  const sx0 = takeInt32('node.sx0', n), sx1 = takeInt32('node.sx1', n), sy0 = takeInt32('node.sy0', n), sy1 = takeInt32('node.sy1', n);
  const count = takeInt32('node.count', nx * ny + 1).fill(0, 0, nx * ny + 1);
  for (let i = 0; i < n; i++) {
    const a = segs.u[i], b = segs.v[i];
    sx0[i] = cellX(Math.min(x[a], x[b]) - tol);
    sx1[i] = cellX(Math.max(x[a], x[b]) + tol);
    sy0[i] = cellY(Math.min(y[a], y[b]) - tol);
    sy1[i] = cellY(Math.max(y[a], y[b]) + tol);
    for (let cy = sy0[i]; cy <= sy1[i]; cy++) for (let cx = sx0[i]; cx <= sx1[i]; cx++) count[cy * nx + cx + 1]++;
  }
  for (let c = 0; c < nx * ny; c++) count[c + 1] += count[c];
  const fill = takeInt32('node.fill', nx * ny);
  fill.set(count.subarray(0, nx * ny));
  const cells = takeInt32('node.cells', count[nx * ny]);
  for (let i = 0; i < n; i++) {
    for (let cy = sy0[i]; cy <= sy1[i]; cy++) for (let cx = sx0[i]; cx <= sx1[i]; cx++) cells[fill[cy * nx + cx]++] = i;
  }

  const splits: (number[] | undefined)[] = new Array(n);
  const addSplit = (s: number, t: number, vid: number) => {
    if (vid === segs.u[s] || vid === segs.v[s]) return;
    (splits[s] ??= []).push(t, vid);
  };

  // proper crossings
  const crossings: number[] = [];
  for (let c = 0; c < nx * ny; c++) {
    const cx = c % nx, cy = (c / nx) | 0;
    for (let p = count[c]; p < count[c + 1]; p++) {
      const i = cells[p];
      const a = segs.u[i], b = segs.v[i];
      for (let q = p + 1; q < count[c + 1]; q++) {
        const j = cells[q];
        const d = segs.u[j], e = segs.v[j];
        if (a === d || a === e || b === d || b === e) continue;
        // test the pair only in the first cell both occupy
        if (Math.max(sx0[i], sx0[j]) !== cx || Math.max(sy0[i], sy0[j]) !== cy) continue;
        const o1 = (x[e] - x[d]) * (y[a] - y[d]) - (y[e] - y[d]) * (x[a] - x[d]);
        const o2 = (x[e] - x[d]) * (y[b] - y[d]) - (y[e] - y[d]) * (x[b] - x[d]);
        if ((o1 > 0 && o2 > 0) || (o1 < 0 && o2 < 0) || o1 === o2) continue;
        const o3 = (x[b] - x[a]) * (y[d] - y[a]) - (y[b] - y[a]) * (x[d] - x[a]);
        const o4 = (x[b] - x[a]) * (y[e] - y[a]) - (y[b] - y[a]) * (x[e] - x[a]);
        if ((o3 > 0 && o4 > 0) || (o3 < 0 && o4 < 0) || o3 === o4) continue;
        const t = o1 / (o1 - o2);
        const s = o3 / (o3 - o4);
        if (t <= 0 || t >= 1 || s <= 0 || s >= 1) continue;
        const px = x[a] + t * (x[b] - x[a]);
        const py = y[a] + t * (y[b] - y[a]);
        const before = store.n;
        const vid = welder.weld(px, py);
        if (vid >= before) crossings.push(vid);
        addSplit(i, t, vid);
        addSplit(j, s, vid);
      }
    }
  }

  // vertices on (within tolerance of) other segments' interiors: endpoints and new crossings
  const seen = visitMarks(store.n);
  const t2 = tol * tol;
  const onSegments = (vid: number) => {
    if (seen.marks[vid] === seen.stamp) return;
    seen.marks[vid] = seen.stamp;
    const px = x[vid], py = y[vid];
    if (px < minx || px > maxx || py < miny || py > maxy) return;
    const c = cellY(py) * nx + cellX(px);
    for (let p = count[c]; p < count[c + 1]; p++) {
      const s = cells[p];
      const a = segs.u[s], b = segs.v[s];
      if (vid === a || vid === b) continue;
      const dx = x[b] - x[a], dy = y[b] - y[a];
      const l2 = dx * dx + dy * dy;
      if (l2 === 0) continue;
      const t = ((px - x[a]) * dx + (py - y[a]) * dy) / l2;
      if (t <= 0 || t >= 1) continue;
      const ex = x[a] + t * dx - px, ey = y[a] + t * dy - py;
      if (ex * ex + ey * ey <= t2) addSplit(s, t, vid);
    }
  };
  for (let i = 0; i < n; i++) {
    onSegments(segs.u[i]);
    onSegments(segs.v[i]);
  }
  for (const vid of crossings) onSegments(vid);

  for (let i = 0; i < n; i++) {
    const sp = splits[i];
    const label = segs.label[i];
    if (!sp) {
      out.u.push(segs.u[i]); out.v.push(segs.v[i]); out.label.push(label); out.origin.push(i);
      continue;
    }
    out.wasSplit[i] = 1;
    const order: number[] = [];
    for (let k = 0; k < sp.length; k += 2) order.push(k);
    order.sort((p, q) => sp[p] - sp[q]);
    let prev = segs.u[i];
    for (const k of order) {
      const vid = sp[k + 1];
      if (vid === prev) continue;
      out.u.push(prev); out.v.push(vid); out.label.push(label); out.origin.push(i);
      prev = vid;
    }
    if (prev !== segs.v[i]) {
      out.u.push(prev); out.v.push(segs.v[i]); out.label.push(label); out.origin.push(i);
    }
  }
  return out;
}
