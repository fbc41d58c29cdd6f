import { describe, expect, it } from 'vitest';
import { OVER_BUDGET, scanPairs } from './pairs.ts';

/** teeth between x = 0 and x = 1, vertex i at (i mod 2, i), closed round the left */
function sawtooth(n: number): Float64Array {
  const xy: number[] = [];
  for (let i = 0; i < n; i++) xy.push(i % 2, i);
  xy.push(-1, n - 1, -1, 0);
  return Float64Array.from(xy);
}

describe('scanPairs', () => {
  it('gives up on a sawtooth once the budget is spent, and finishes with room enough', () => {
    const xy = sawtooth(400);
    // every tooth overlaps every other in x: about 402² / 2 pairs in all
    expect(scanPairs(xy, [0], [402], 5_000)).toBe(OVER_BUDGET);
    expect(scanPairs(xy, [0], [402], 100_000)).toBeNull();
  });

  it('finds a bowtie crossing within a small budget', () => {
    const xy = Float64Array.from([0, 0, 10, 10, 10, 0, 0, 10]);
    expect(scanPairs(xy, [0], [4], 10)).toEqual([5, 5]);
  });
});
