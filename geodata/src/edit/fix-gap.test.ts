import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../coverage/check.ts';
import { collection, polygon, rect, ring, squares } from '../test/coverage-fixtures.ts';
import { dafang } from '../dafang.ts';
import { applied, byId, DAFANG_GRID_BOUNDARY, DAFANG_GRIDS, dafangDent, expectAreaM2, expectCleanCoverage, gridAreaM2, key, metres, totalAreaM2, vertexKeys } from '../test/edit-fixtures.ts';
import { fixGap } from './fix-gap.ts';

/** A = [0,100]², B's lower-left corner pulled up to (100, 10): a 500 m² triangle gap inside [0,200]×[0,100]. */
const SLIVER = collection([rect('A', 0, 0, 100, 100), polygon('B', [ring([[100, 10], [200, 0], [200, 100], [100, 100]])])]);
/** the boundary, with the vertices the grids have on it (a grid corner inside a boundary edge is a T-junction too) */
const FRAME = collection([polygon('frame', [ring([[0, 0], [100, 0], [200, 0], [200, 100], [100, 100], [0, 100]])])]);

describe('fixGap', () => {
  it('gives an enclosed hole to the first neighbour with the longest border and leaves no gap', () => {
    const grids = collection(squares(3, 3, 100, ['r1c1'])).features;
    const [gap] = checkCoverage({ type: 'FeatureCollection', features: grids }).gaps;
    expect(gap.areaM2).toBeGreaterThan(9999);
    const result = fixGap(grids, gap);
    // four neighbours share 100 m each; the first in order takes it
    expect(result.ok && result.assigned.map((a) => a.grid)).toEqual(['r0c1']);
    expect(result.ok && result.assigned[0].sharedM).toBeCloseTo(100, 2);
    const after = applied(grids, result);
    expectAreaM2(gridAreaM2(byId(after, 'r0c1')), 20000);
    expectCleanCoverage(after);
    expectAreaM2(totalAreaM2(after), 90000);
  });

  it('gives a sliver to the grid along its long side and puts the corner into the other grid', () => {
    const [gap] = checkCoverage(SLIVER, FRAME).gaps;
    // triangle (100,0) (200,0) (100,10): ½ · 100 · 10
    expectAreaM2(gap.areaM2, 500);
    const result = fixGap(SLIVER.features, gap);
    expect(result.ok && result.assigned[0].grid).toBe('B');
    // B borders it along the hypotenuse, √(100² + 10²) = 100.499 m; A along 10 m
    expect(result.ok && result.assigned[0].sharedM).toBeCloseTo(Math.hypot(100, 10), 1);
    const after = applied(SLIVER.features, result);
    expectAreaM2(gridAreaM2(byId(after, 'B')), 10000);
    expect(vertexKeys(byId(after, 'A')).has(key(metres(100, 10)))).toBe(true);
    expectCleanCoverage(after, FRAME);
    expectAreaM2(totalAreaM2(after), 20000);
    expect(Math.abs(totalAreaM2(after) - totalAreaM2(SLIVER.features) - gap.areaM2)).toBeLessThan(0.01);
  });

  it('gives it to the planner’s choice, or only to grids of the gap’s boundary', () => {
    const [gap] = checkCoverage(SLIVER, FRAME).gaps;
    const toA = applied(SLIVER.features, fixGap(SLIVER.features, gap, { to: 'A' }));
    expectAreaM2(gridAreaM2(byId(toA, 'A')), 10500);
    expectCleanCoverage(toA, FRAME);
    const byBoundary = fixGap(SLIVER.features, { ...gap, boundary: 'east' }, { gridBoundary: new Map([['A', 'east'], ['B', 'west']]) });
    expect(byBoundary.ok && byBoundary.assigned[0].grid).toBe('A');
  });

  it('refuses when no allowed grid borders the gap', () => {
    const [gap] = checkCoverage(SLIVER, FRAME).gaps;
    const none = fixGap(SLIVER.features, { ...gap, boundary: 'north' }, { gridBoundary: new Map([['A', 'east'], ['B', 'west']]) });
    expect(!none.ok && none.error.code).toBe('no-neighbour');
  });

  it('fills a gap made on Dafang by moving a shared vertex in one grid only', () => {
    const { grids, grid, neighbour } = dafangDent('gap');
    const options = { gridBoundary: new Map(DAFANG_GRID_BOUNDARY) };
    const report = checkCoverage({ type: 'FeatureCollection', features: grids }, dafang.communities, options);
    expect(report.overlaps).toEqual([]);
    expect(report.gaps.length).toBe(1);
    const [gap] = report.gaps;
    expect(gap.neighbors.map(String).sort()).toEqual([grid, neighbour].sort());
    const result = fixGap(grids, gap, options);
    expect(result.ok).toBe(true);
    const after = applied(grids, result);
    expectCleanCoverage(after, dafang.communities, options);
    expect(Math.abs(totalAreaM2(after) - totalAreaM2(DAFANG_GRIDS))).toBeLessThan(0.01);
  });
});
