import { segmentContact } from './contact.ts';
import { sortIndices } from './sort-indices.ts';
import { SweepOrder } from './sweep-order.ts';

const NO_SEGMENT = -1;

/** contact.ts's orient, repeated here: the hot loop calls it millions of times on a big ring */
function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/**
 * Where a polygon's rings meet where they may not, by a sweep line (Shamos and Hoey): vertices
 * are visited left to right (then bottom to top), the edges the line crosses are kept in order,
 * and an edge is only ever compared with the edges next to it when it enters or when the edge
 * between them leaves. Two edges that cross must become neighbours before the line reaches the
 * crossing, so a crossing is found before the line passes it, in O(n log n) whatever the shape.
 *
 * Rings of one polygon may touch at a point, so neighbours that merely touch are let pass. A ring
 * touching itself does so at one of its own vertices, where the sweep looks at everything the
 * point holds: another vertex of the same ring, or an edge of the same ring passing through it,
 * is not allowed. (Looking there matters: other rings touching at the same point can keep the
 * ring's two edges from ever being neighbours. Crossings and shared stretches need no such help:
 * removing the edges that end at a point before adding those that start there makes the offending
 * pair neighbours.)
 *
 * Rings are vertex ranges [starts[r], ends[r]) of xy = [x0, y0, x1, y1, …] without closing
 * positions. Returns a point where the polygon is not simple, or null.
 */
export function sweepSelfIntersection(xy: Float64Array, starts: ArrayLike<number>, ends: ArrayLike<number>): [number, number] | null {
  let n = 0;
  for (let r = 0; r < starts.length; r++) n += ends[r] - starts[r];
  // local vertex k: coordinates, ring, ring neighbours; segment k runs from k to nxt[k]
  const X = new Float64Array(n);
  const Y = new Float64Array(n);
  const ring = new Int32Array(n);
  const nxt = new Int32Array(n);
  const prv = new Int32Array(n);
  let k = 0;
  for (let r = 0; r < starts.length; r++) {
    const first = k;
    for (let i = starts[r]; i < ends[r]; i++, k++) {
      X[k] = xy[2 * i];
      Y[k] = xy[2 * i + 1];
      ring[k] = r;
      nxt[k] = i + 1 === ends[r] ? first : k + 1;
      prv[k] = i === starts[r] ? first + (ends[r] - starts[r]) - 1 : k - 1;
    }
  }
  const lexLess = (a: number, b: number) => X[a] < X[b] || (X[a] === X[b] && Y[a] < Y[b]);
  // segment k's left and right ends, in sweep order
  const L = new Int32Array(n);
  const R = new Int32Array(n);
  // and their coordinates, read by every comparison the ordered set makes
  const lx = new Float64Array(n), ly = new Float64Array(n), rx = new Float64Array(n), ry = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const forward = lexLess(s, nxt[s]);
    L[s] = forward ? s : nxt[s];
    R[s] = forward ? nxt[s] : s;
    lx[s] = X[L[s]];
    ly[s] = Y[L[s]];
    rx[s] = X[R[s]];
    ry[s] = Y[R[s]];
  }
  const order = new Int32Array(n);
  sortIndices(order, n, X, Y);

  const active = new SweepOrder(n);
  const side = (s: number, px: number, py: number) => orient(lx[s], ly[s], rx[s], ry[s], px, py);
  let px = 0;
  let py = 0;
  let entering = 0;
  // s passes through or starts at the entering edge's left end: the edge's direction decides
  const belowEntering = (s: number) => {
    const o = side(s, px, py);
    return o !== 0 ? o > 0 : side(s, rx[entering], ry[entering]) > 0;
  };
  const contact = (a: number, b: number): [number, number] | null => {
    if (a === NO_SEGMENT || b === NO_SEGMENT) return null;
    const c = segmentContact(lx[a], ly[a], rx[a], ry[a], lx[b], ly[b], rx[b], ry[b]);
    if (c === null || c.kind === 'touch') return null;
    return c.at;
  };

  /**
   * The edges containing the current point form one run of the line's order, around `from` (one
   * of them): does one pass through it (not ending or starting there) and belong to the ring of a
   * vertex here (order[i..j))? Two passing through cross there.
   */
  const passesThroughOwnRing = (from: number, i: number, j: number): boolean => {
    let through = NO_SEGMENT;
    for (let dir = 0; dir < 2; dir++) {
      for (let s = from; s !== NO_SEGMENT && side(s, px, py) === 0; s = dir === 0 ? active.below(s) : active.above(s)) {
        if ((rx[s] === px && ry[s] === py) || (lx[s] === px && ly[s] === py)) continue;
        if (through !== NO_SEGMENT && through !== s) return true;
        through = s;
      }
    }
    if (through !== NO_SEGMENT) for (let q = i; q < j; q++) if (ring[order[q]] === ring[through]) return true;
    return false;
  };

  for (let i = 0; i < n; ) {
    const v0 = order[i];
    px = X[v0];
    py = Y[v0];
    let j = i + 1;
    while (j < n && X[order[j]] === px && Y[order[j]] === py) j++;
    // the events are sorted by index within a point, and a ring's vertices are consecutive
    for (let q = i + 1; q < j; q++) if (ring[order[q]] === ring[order[q - 1]]) return [px, py];

    // an edge of the line's that ends here: the edges containing this point sit around it
    let anchor = NO_SEGMENT;
    for (let q = i; q < j && anchor === NO_SEGMENT; q++) {
      const v = order[q];
      anchor = R[prv[v]] === v ? prv[v] : R[v] === v ? v : NO_SEGMENT;
    }
    if (anchor !== NO_SEGMENT && passesThroughOwnRing(anchor, i, j)) return [px, py];

    for (let q = i; q < j; q++) {
      const v = order[q];
      for (let e = 0; e < 2; e++) {
        const s = e === 0 ? prv[v] : v;
        if (R[s] !== v) continue;
        const a = active.below(s), b = active.above(s);
        active.remove(s);
        const hit = contact(a, b);
        if (hit) return hit;
      }
    }
    let entered = NO_SEGMENT;
    for (let q = i; q < j; q++) {
      const v = order[q];
      for (let e = 0; e < 2; e++) {
        const s = e === 0 ? prv[v] : v;
        if (L[s] !== v) continue;
        entering = entered = s;
        active.insert(s, belowEntering);
        const hit = contact(active.below(s), s) ?? contact(s, active.above(s));
        if (hit) return hit;
      }
    }
    // nothing ended here: the edges that started here sit next to any edge passing through
    if (anchor === NO_SEGMENT && passesThroughOwnRing(entered, i, j)) return [px, py];
    i = j;
  }
  return null;
}
