import { takeFloat64, takeInt32 } from './pool.ts';

/**
 * Vertex welding: every position of every ring becomes an integer vertex id, and positions within
 * `tolerance` metres of an earlier one take its id. That is what makes a shared edge a→b of one grid
 * and b→a of its neighbour compare as integers even when their coordinates differ by 1e-9°.
 *
 * A spatial hash on a grid of cells a few tolerances wide; a lookup probes one bucket, or up to
 * four for a point within tolerance of a cell's side.
 */
export class VertexStore {
  x: Float64Array;
  y: Float64Array;
  /** index of the input position the vertex came from (-1: made by noding or clipping) */
  src: Int32Array;
  n = 0;
  private readonly pooled: boolean;

  /** `pooled`: borrow scratch buffers kept between checks (one store at a time) */
  constructor(capacity = 1024, pooled = false) {
    this.pooled = pooled;
    this.x = pooled ? takeFloat64('store.x', capacity) : new Float64Array(capacity);
    this.y = pooled ? takeFloat64('store.y', capacity) : new Float64Array(capacity);
    this.src = pooled ? takeInt32('store.src', capacity) : new Int32Array(capacity);
  }

  add(x: number, y: number, src = -1): number {
    if (this.n === this.x.length) this.grow();
    const id = this.n++;
    this.x[id] = x;
    this.y[id] = y;
    this.src[id] = src;
    return id;
  }

  private grow(): void {
    const cap = this.x.length * 2;
    const x = this.pooled ? takeFloat64('store.x', cap) : new Float64Array(cap);
    const y = this.pooled ? takeFloat64('store.y', cap) : new Float64Array(cap);
    const src = this.pooled ? takeInt32('store.src', cap) : new Int32Array(cap);
    x.set(this.x.subarray(0, this.n));
    y.set(this.y.subarray(0, this.n));
    src.set(this.src.subarray(0, this.n));
    this.x = x;
    this.y = y;
    this.src = src;
  }
}

/** cells are this many tolerances wide: most points are then far from a cell border */
const CELL = 8;

export class Welder {
  readonly store: VertexStore;
  readonly tolerance: number;
  private readonly inv: number;
  private head: Int32Array;
  private next: Int32Array;
  private mask: number;

  private readonly pooled: boolean;

  constructor(store: VertexStore, tolerance: number, expected = 1024, pooled = false) {
    this.store = store;
    this.tolerance = tolerance;
    this.pooled = pooled;
    this.inv = 1 / (CELL * tolerance);
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.head = (pooled ? takeInt32('weld.head', size).subarray(0, size) : new Int32Array(size)).fill(-1);
    this.mask = size - 1;
    this.next = pooled ? takeInt32('weld.next', Math.max(expected, 1024)) : new Int32Array(Math.max(expected, 1024));
    for (let i = 0; i < store.n; i++) this.insert(i);
  }

  private slot(ix: number, iy: number): number {
    return (Math.imul(ix | 0, 0x9e3779b1) ^ Math.imul(iy | 0, 0x85ebca77)) & this.mask;
  }

  private find(ix: number, iy: number, x: number, y: number): number {
    const xs = this.store.x, ys = this.store.y, next = this.next;
    const t2 = this.tolerance * this.tolerance;
    for (let v = this.head[this.slot(ix, iy)]; v >= 0; v = next[v]) {
      const dx = xs[v] - x;
      const dy = ys[v] - y;
      if (dx * dx + dy * dy <= t2) return v;
    }
    return -1;
  }

  private insert(v: number): void {
    if (v >= this.next.length) {
      const size = Math.max(v + 1, this.next.length * 2);
      const grown = this.pooled ? takeInt32('weld.next', size) : new Int32Array(size);
      grown.set(this.next.subarray(0, v));
      this.next = grown;
    }
    if (this.store.n > (this.mask + 1) / 2) {
      this.rehash(); // puts every stored vertex in, v included
      return;
    }
    const s = this.slot(Math.floor(this.store.x[v] * this.inv), Math.floor(this.store.y[v] * this.inv));
    this.next[v] = this.head[s];
    this.head[s] = v;
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    this.head = (this.pooled ? takeInt32('weld.head', size).subarray(0, size) : new Int32Array(size)).fill(-1);
    this.mask = size - 1;
    const { x, y, n } = this.store;
    for (let v = 0; v < n; v++) {
      const s = this.slot(Math.floor(x[v] * this.inv), Math.floor(y[v] * this.inv));
      this.next[v] = this.head[s];
      this.head[s] = v;
    }
  }

  /**
   * The id of a vertex within tolerance of (x, y), or -1. A match can lie in a neighbouring cell
   * only if the point is within tolerance of that side: most lookups probe one bucket.
   */
  lookup(x: number, y: number): number {
    const fx = x * this.inv;
    const fy = y * this.inv;
    const ix = Math.floor(fx);
    const iy = Math.floor(fy);
    let v = this.find(ix, iy, x, y);
    if (v >= 0) return v;
    const rx = fx - ix;
    const ry = fy - iy;
    const near = 1 / CELL;
    const sx = rx < near ? ix - 1 : rx > 1 - near ? ix + 1 : ix;
    const sy = ry < near ? iy - 1 : ry > 1 - near ? iy + 1 : iy;
    if (sx !== ix) {
      v = this.find(sx, iy, x, y);
      if (v >= 0) return v;
    }
    if (sy !== iy) {
      v = this.find(ix, sy, x, y);
      if (v >= 0) return v;
      if (sx !== ix) return this.find(sx, sy, x, y);
    }
    return -1;
  }

  /** The id of an existing vertex within tolerance, else a new vertex at (x, y). */
  weld(x: number, y: number, src = -1): number {
    const v = this.lookup(x, y);
    if (v >= 0) return v;
    const id = this.store.add(x, y, src);
    this.insert(id);
    return id;
  }
}
