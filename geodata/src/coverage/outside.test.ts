import { describe, expect, it } from 'vitest';
import { collection, rect } from '../test/coverage-fixtures.ts';
import { checkCoverage } from './check.ts';

const near = (actual: number, expected: number, rel = 1e-4) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * expected);

describe('outside', () => {
  const communities = collection([rect('A', 0, 0, 200, 100), rect('B', 200, 0, 400, 100)]);
  // a2 belongs to A but reaches 30 m into B, where b1 begins: together they still tile A ∪ B
  const grids = collection([rect('a1', 0, 0, 100, 100), rect('a2', 100, 0, 230, 100), rect('b1', 230, 0, 400, 100)]);

  it('a grid crossing into a community other than its own: 3,000 m² outside A', () => {
    const own = new Map([['a1', 'A'], ['a2', 'A'], ['b1', 'B']]);
    const r = checkCoverage(grids, communities, { gridBoundary: own });
    expect(r.outside).toHaveLength(1);
    expect(r.outside[0].grid).toBe('a2');
    expect(r.outside[0].boundary).toBe('A');
    near(r.outside[0].areaM2, 3000);
    expect(r.overlaps).toEqual([]);
    expect(r.gaps).toEqual([]);
  });

  it('without knowing whose grid is whose, the same tiling is a clean coverage', () => {
    expect(checkCoverage(grids, communities).ok).toBe(true);
  });

  it('a grid spilling past every boundary, reported against the one it overlaps most', () => {
    const r = checkCoverage(collection([rect('g', 150, 0, 420, 100)]), communities);
    expect(r.outside.map((o) => [o.grid, o.boundary])).toEqual([['g', 'B']]);
    near(r.outside[0].areaM2, 2000);
    near(r.summary.gapAreaM2, 15000);
  });
});
