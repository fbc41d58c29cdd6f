import { describe, expect, it } from 'vitest';
import { sortIndices } from './sort-indices.ts';

describe('sortIndices', () => {
  it('orders by X, then Y, then index, like a plain sort with that comparator', () => {
    let s = 3;
    const rnd = (k: number) => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) % k);
    for (const n of [0, 1, 2, 15, 16, 17, 100, 5000]) {
      // few distinct values, so ties on X and on both X and Y are common
      const X = Float64Array.from({ length: n }, () => rnd(7) - 3);
      const Y = Float64Array.from({ length: n }, () => rnd(5) * 0.5);
      const order = new Int32Array(n);
      sortIndices(order, n, X, Y);
      const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) => X[a] - X[b] || Y[a] - Y[b] || a - b);
      expect(Array.from(order)).toEqual(expected);
    }
  });

  it('sorted, reversed and constant inputs', () => {
    const n = 1000;
    const up = Float64Array.from({ length: n }, (_, i) => i);
    const down = Float64Array.from({ length: n }, (_, i) => n - i);
    const flat = new Float64Array(n);
    const order = new Int32Array(n);
    sortIndices(order, n, up, flat);
    expect(Array.from(order)).toEqual(Array.from({ length: n }, (_, i) => i));
    sortIndices(order, n, down, flat);
    expect(Array.from(order)).toEqual(Array.from({ length: n }, (_, i) => n - 1 - i));
    sortIndices(order, n, flat, flat);
    expect(Array.from(order)).toEqual(Array.from({ length: n }, (_, i) => i));
  });
});
