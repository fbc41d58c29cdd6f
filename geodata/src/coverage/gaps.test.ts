import { describe, expect, it } from 'vitest';
import { collection, rect, squares } from '../test/coverage-fixtures.ts';
import { checkCoverage } from './check.ts';

const near = (actual: number, expected: number, rel = 1e-4) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * expected);

describe('gaps', () => {
  it('a 0.5 m sliver along a 200 m edge inside the community: 100 m², to 0.5 %', () => {
    const r = checkCoverage(collection([rect('a', 0, 0, 100, 200), rect('b', 100.5, 0, 200, 200)]), collection([rect('C', 0, 0, 200, 200)]));
    expect(r.gaps).toHaveLength(1);
    expect(r.gaps[0].boundary).toBe('C');
    expect(r.gaps[0].neighbors).toEqual(['a', 'b']);
    expect(Math.abs(r.gaps[0].areaM2 - 100)).toBeLessThan(0.5);
    expect(r.summary.coveredPct).toBeCloseTo(100 * (1 - 100 / 40000), 3);
  });

  it('a missing grid in a 3 × 3 block: one 10,000 m² hole, with or without a boundary', () => {
    const grids = collection(squares(3, 3, 100, ['r1c1']));
    for (const boundary of [null, collection([rect('C', 0, 0, 300, 300)])]) {
      const r = checkCoverage(grids, boundary);
      expect(r.gaps).toHaveLength(1);
      near(r.gaps[0].areaM2, 10000);
      expect(r.gaps[0].boundary).toBe(boundary ? 'C' : null);
      // the four that share an edge with it, not the corners that only touch it
      expect(r.gaps[0].neighbors).toEqual(['r0c1', 'r1c0', 'r1c2', 'r2c1']);
      expect(r.overlaps).toEqual([]);
    }
  });

  it('with no boundary, an open notch is no gap but an enclosed sliver is', () => {
    const open = checkCoverage(collection([rect('a', 0, 0, 100, 200), rect('b', 100.5, 0, 200, 200)]));
    expect(open.ok).toBe(true);
    const closed = checkCoverage(
      collection([rect('l', 0, 0, 100, 200), rect('r', 100.5, 0, 200, 200), rect('t', 0, 200, 200, 300), rect('b', 0, -100, 200, 0)]),
    );
    expect(closed.gaps).toHaveLength(1);
    near(closed.gaps[0].areaM2, 100);
    expect(closed.gaps[0].neighbors).toEqual(['l', 'r', 't', 'b']);
    // t and b run straight past the sliver's ends: T-junctions, a warning that changes nothing
    expect(closed.warnings.some((w) => w.kind === 'misaligned-edge')).toBe(true);
  });

  it('a gap at the community border, and one astride two communities counted once in each', () => {
    const r = checkCoverage(collection([rect('a', 0, 0, 98, 100)]), collection([rect('C', 0, 0, 100, 100)]));
    expect(r.gaps.map((g) => g.boundary)).toEqual(['C']);
    near(r.gaps[0].areaM2, 200);
    const two = checkCoverage(
      collection([rect('a', 0, 0, 90, 100), rect('b', 110, 0, 200, 100)]),
      collection([rect('A', 0, 0, 100, 100), rect('B', 100, 0, 200, 100)]),
    );
    expect(two.gaps.map((g) => [g.boundary, Math.round(g.areaM2)]).sort()).toEqual([['A', 1000], ['B', 1000]]);
  });
});
