/**
 * The segments a sweep line currently crosses, bottom to top: a skip list over segment ids in
 * typed arrays. A sorted array would do for rings whose edges come and go in sweep order, but a
 * sawtooth (every edge spanning the same x range) removes its edges from the bottom of a list of
 * thousands, and each removal would shift all of them; here insert and remove cost O(log n)
 * expected wherever they happen, and a segment's neighbours are one step away.
 *
 * The order is not a key: the caller supplies `below(s)` for the search, which must be true for a
 * prefix of the list and false for the rest (what a consistent sweep order guarantees).
 */

const NONE = -1;
const MAX_LEVELS = 32;

export class SweepOrder {
  /** node `head` is the sentinel before the first segment; it has every level */
  readonly head: number;
  private readonly levels: number;
  private readonly offset: Int32Array;
  private readonly height: Uint8Array;
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  private readonly path: Int32Array;

  /**
   * Room for segments 0..n-1. Heights are drawn up front from a small deterministic generator,
   * so the same input takes the same path every time.
   */
  constructor(n: number, seed = 0x9e3779b9) {
    this.levels = Math.min(MAX_LEVELS, Math.max(1, Math.ceil(Math.log2(n + 1))));
    this.head = n;
    this.height = new Uint8Array(n + 1);
    this.offset = new Int32Array(n + 2);
    let s = seed | 0 || 1;
    let total = 0;
    for (let i = 0; i < n; i++) {
      // xorshift32: each extra level with probability 1/2
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      const h = Math.min(this.levels, 1 + Math.clz32(s === 0 ? 1 : s));
      this.height[i] = h;
      this.offset[i] = total;
      total += h;
    }
    this.height[n] = this.levels;
    this.offset[n] = total;
    total += this.levels;
    this.offset[n + 1] = total;
    this.next = new Int32Array(total).fill(NONE);
    this.prev = new Int32Array(total).fill(NONE);
    this.path = new Int32Array(this.levels);
  }

  /** The segment after s (or after the head), NONE past the top. */
  above(s: number): number {
    return this.next[this.offset[s]];
  }

  /** The segment before s, NONE at the bottom. */
  below(s: number): number {
    const p = this.prev[this.offset[s]];
    return p === this.head ? NONE : p;
  }

  /** The last segment for which `isBelow` holds (the head if none). */
  lastBelow(isBelow: (s: number) => boolean): number {
    let x = this.head;
    for (let l = this.levels - 1; l >= 0; l--) {
      let y = this.next[this.offset[x] + l];
      while (y !== NONE && isBelow(y)) {
        x = y;
        y = this.next[this.offset[x] + l];
      }
      this.path[l] = x;
    }
    return x;
  }

  /** Puts s into the list just above the last segment for which `isBelow` holds. */
  insert(s: number, isBelow: (t: number) => boolean): void {
    this.lastBelow(isBelow);
    const { next, prev, offset } = this;
    for (let l = 0; l < this.height[s]; l++) {
      const p = this.path[l];
      const n = next[offset[p] + l];
      next[offset[s] + l] = n;
      prev[offset[s] + l] = p;
      next[offset[p] + l] = s;
      if (n !== NONE) prev[offset[n] + l] = s;
    }
  }

  remove(s: number): void {
    const { next, prev, offset } = this;
    for (let l = 0; l < this.height[s]; l++) {
      const p = prev[offset[s] + l];
      const n = next[offset[s] + l];
      next[offset[p] + l] = n;
      if (n !== NONE) prev[offset[n] + l] = p;
      next[offset[s] + l] = prev[offset[s] + l] = NONE;
    }
  }
}
