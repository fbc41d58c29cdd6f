import { segmentContact } from './contact.ts';
import { sortIndices } from './sort-indices.ts';

export const OVER_BUDGET = 'over budget';

/**
 * Every pair of edges whose x ranges overlap, edges sorted by their left end: on the rings people
 * draw an edge overlaps a handful of others (Dafang's grids: at most 3.4 pairs per edge), and this
 * is several times quicker than the sweep there. It is quadratic when many edges share an x range
 * (a sawtooth, a long north–south strip), so it gives up after `budget` pairs and says so.
 */
export function scanPairs(
  xy: Float64Array,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  budget: number,
): [number, number] | null | typeof OVER_BUDGET {
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
  sortIndices(order, total, minx, minx);
  let left = budget;
  for (let oi = 0; oi < total; oi++) {
    const a = order[oi];
    const ax1 = xy[2 * va[a]], ay1 = xy[2 * va[a] + 1], ax2 = xy[2 * vb[a]], ay2 = xy[2 * vb[a] + 1];
    const axMax = ax1 > ax2 ? ax1 : ax2;
    const ayMin = ay1 < ay2 ? ay1 : ay2, ayMax = ay1 > ay2 ? ay1 : ay2;
    for (let oj = oi + 1; oj < total; oj++) {
      const b = order[oj];
      if (minx[b] > axMax) break;
      if (--left < 0) return OVER_BUDGET;
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
