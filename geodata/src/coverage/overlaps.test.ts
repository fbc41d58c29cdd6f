import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { collection, multi, rect, rectRing } from '../test/coverage-fixtures.ts';
import { checkCoverage } from './check.ts';

/** areas worked out as width × height in metres; the fixtures' metre→degree step is good to 1e-5 */
const near = (actual: number, expected: number, rel = 1e-4) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * expected);

describe('overlaps', () => {
  it('two 100 m squares overlapping by a 20 × 100 m strip: one overlap of 2,000 m²', () => {
    const r = checkCoverage(collection([rect('a', 0, 0, 100, 100), rect('b', 80, 0, 180, 100)]));
    expect(r.ok).toBe(false);
    expect(r.overlaps).toHaveLength(1);
    expect(r.overlaps[0].grids).toEqual(['a', 'b']);
    near(r.overlaps[0].areaM2, 2000);
    near(r.summary.overlapAreaM2, 2000);
    expect(r.summary.overlapCount).toBe(1);
    expect(r.gaps).toEqual([]);
    expect(r.overlaps[0].geometry.type).toBe('Polygon');
  });

  it('a grid pushed into two neighbours overlaps each of them, pair by pair', () => {
    // a and b side by side; c (pushed down 10 m) covers [40, 160] × [90, 150]
    const r = checkCoverage(collection([rect('a', 0, 0, 100, 100), rect('b', 100, 0, 200, 100), rect('c', 40, 90, 160, 150)]));
    const byPair = Object.fromEntries(r.overlaps.map((o) => [o.grids.join('+'), o.areaM2]));
    expect(Object.keys(byPair).sort()).toEqual(['a+c', 'b+c']);
    near(byPair['a+c'], 60 * 10);
    near(byPair['b+c'], 60 * 10);
  });

  it('a MultiPolygon grid: each part counts, the overlap is reported against the grid', () => {
    const m = multi('m', [[rectRing(0, 0, 100, 100)], [rectRing(200, 0, 300, 100)]]);
    const clean = checkCoverage(collection<Polygon | MultiPolygon>([m, rect('b', 100, 0, 200, 100)]), collection([rect('B', 0, 0, 300, 100)]));
    expect(clean.ok).toBe(true);
    const r = checkCoverage(collection<Polygon | MultiPolygon>([m, rect('b', 100, 0, 230, 100)]), collection([rect('B', 0, 0, 300, 100)]));
    expect(r.overlaps.map((o) => o.grids)).toEqual([['m', 'b']]);
    near(r.overlaps[0].areaM2, 3000);
  });

  it('the same pair overlapping in two places is one item with a MultiPolygon', () => {
    // b is a U around a's middle: touches a's left and right strips
    const r = checkCoverage(
      collection<Polygon | MultiPolygon>([
        rect('a', 0, 0, 300, 100),
        multi('b', [[rectRing(-50, 0, 10, 100)], [rectRing(290, 0, 350, 100)]]),
      ]),
    );
    expect(r.overlaps).toHaveLength(1);
    expect(r.overlaps[0].geometry.type).toBe('MultiPolygon');
    near(r.overlaps[0].areaM2, 2 * 10 * 100);
  });
});
