import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../coverage/check.ts';
import { collection, rect } from '../test/coverage-fixtures.ts';
import { dafang } from '../dafang.ts';
import { applied, byId, DAFANG_GRID_BOUNDARY, DAFANG_GRIDS, dafangDent, expectAreaM2, expectCleanCoverage, gridAreaM2, key, metres, totalAreaM2, vertexKeys } from '../test/edit-fixtures.ts';
import { fixOverlap } from './fix-overlap.ts';

/** A = [0,100]², B = [90,200] × [0,100]: a 10 × 100 m overlap along their common side. */
const STRIP = collection([rect('A', 0, 0, 100, 100), rect('B', 90, 0, 200, 100)]);
/** B = [90,200] × [-50,50] crosses A's corner: the overlap [90,100] × [0,50] has two crossing vertices. */
const CORNER = collection([rect('A', 0, 0, 100, 100), rect('B', 90, -50, 200, 50)]);

describe('fixOverlap', () => {
  it('removes the overlap from the grid the planner picks; the other keeps it', () => {
    const [overlap] = checkCoverage(STRIP).overlaps;
    expectAreaM2(overlap.areaM2, 1000);
    const fromA = applied(STRIP.features, fixOverlap(STRIP.features, overlap, 'A'));
    expectAreaM2(gridAreaM2(byId(fromA, 'A')), 9000);
    expectAreaM2(gridAreaM2(byId(fromA, 'B')), 11000);
    expectCleanCoverage(fromA);
    const fromB = applied(STRIP.features, fixOverlap(STRIP.features, overlap, 'B'));
    expectAreaM2(gridAreaM2(byId(fromB, 'B')), 10000);
    expectCleanCoverage(fromB);
  });

  it('puts the crossing vertices into the grid that keeps the overlap, leaving no T-junction', () => {
    const [overlap] = checkCoverage(CORNER).overlaps;
    expectAreaM2(overlap.areaM2, 500);
    const result = fixOverlap(CORNER.features, overlap, 'A');
    expect(result.ok && result.change.put.map((f) => f.properties!.id)).toEqual(['A', 'B']);
    const after = applied(CORNER.features, result);
    expectAreaM2(gridAreaM2(byId(after, 'A')), 9500);
    expectAreaM2(gridAreaM2(byId(after, 'B')), 11000);
    const b = vertexKeys(byId(after, 'B'));
    expect([...vertexKeys(byId(after, 'A'))].filter((k) => b.has(k)).length).toBe(3);
    expectCleanCoverage(after);
  });

  it('cutting the other way adds the crossing vertices to A', () => {
    const [overlap] = checkCoverage(CORNER).overlaps;
    const after = applied(CORNER.features, fixOverlap(CORNER.features, overlap, 'B'));
    expectAreaM2(gridAreaM2(byId(after, 'B')), 10500);
    expect(vertexKeys(byId(after, 'A')).size).toBe(6);
    expect(vertexKeys(byId(after, 'A')).has(key(metres(100, 100)))).toBe(true);
    expectCleanCoverage(after);
  });

  it('nodes the grid that kept the overlap with the third grids that bordered the cut part', () => {
    // C on top of A and D under it; B overlaps A's right 10 m. Cut from A, the strip
    // [90,100] × [0,100] is B's alone, so B now borders C along y = 100 and D along y = 0 for
    // x in [90,100]: C's and D's corners at x = 100 must go into B, and A's new corners at
    // x = 90 into C and D. Areas: A 90 × 100, B 110 × 100, C and D 100 × 100 each; the four
    // cover 200 × 100 + 100 × 200 = 40 000 m², as before the fix (41 000 m² minus the 1 000 m² overlap).
    const sandwich = collection([rect('A', 0, 0, 100, 100), rect('B', 90, 0, 200, 100), rect('C', 0, 100, 100, 200), rect('D', 0, -100, 100, 0)]);
    const before = checkCoverage(sandwich);
    expect(before.overlaps.length).toBe(1);
    expectAreaM2(before.summary.overlapAreaM2, 1000);
    expectAreaM2(totalAreaM2(sandwich.features), 41000);
    const result = fixOverlap(sandwich.features, before.overlaps[0], 'A');
    expect(result.ok && result.change.put.map((f) => f.properties!.id).sort()).toEqual(['A', 'B', 'C', 'D']);
    const after = applied(sandwich.features, result);
    expectAreaM2(gridAreaM2(byId(after, 'A')), 9000);
    expectAreaM2(gridAreaM2(byId(after, 'B')), 11000);
    expectAreaM2(gridAreaM2(byId(after, 'C')), 10000);
    expectAreaM2(gridAreaM2(byId(after, 'D')), 10000);
    expectAreaM2(totalAreaM2(after), 40000);
    const at = (x: number, y: number) => key(metres(x, y));
    const common = (p: string, q: string) => [...vertexKeys(byId(after, p))].filter((k) => vertexKeys(byId(after, q)).has(k)).sort();
    expect(vertexKeys(byId(after, 'A')).size).toBe(4);
    expect(vertexKeys(byId(after, 'B')).size).toBe(6);
    expect(vertexKeys(byId(after, 'C')).size).toBe(5);
    expect(vertexKeys(byId(after, 'D')).size).toBe(5);
    expect(common('A', 'B')).toEqual([at(90, 0), at(90, 100)].sort());
    expect(common('B', 'C')).toEqual([at(90, 100), at(100, 100)].sort());
    expect(common('B', 'D')).toEqual([at(90, 0), at(100, 0)].sort());
    expect(common('A', 'C')).toEqual([at(0, 100), at(90, 100)].sort());
    const report = expectCleanCoverage(after);
    expect(report.summary.overlapCount + report.summary.gapCount).toBe(0);
  });

  it('cut from the other grid, the third grids need no new vertex', () => {
    // B loses the strip and starts at x = 100, where A, C and D already have their corners.
    const trio = collection([rect('A', 0, 0, 100, 100), rect('B', 90, 0, 200, 100), rect('C', 0, 100, 100, 200)]);
    const [overlap] = checkCoverage(trio).overlaps;
    const result = fixOverlap(trio.features, overlap, 'B');
    expect(result.ok && result.change.put.map((f) => f.properties!.id)).toEqual(['B']);
    const after = applied(trio.features, result);
    expectAreaM2(gridAreaM2(byId(after, 'B')), 10000);
    expectAreaM2(totalAreaM2(after), 30000);
    expectCleanCoverage(after);
  });

  it('deletes a grid that lay wholly inside the overlap', () => {
    const inner = collection([rect('A', 0, 0, 100, 100), rect('in', 20, 20, 40, 40)]);
    const [overlap] = checkCoverage(inner).overlaps;
    const result = fixOverlap(inner.features, overlap, 'in');
    expect(result.ok && result.change).toEqual({ put: [], delete: ['in'] });
    const hole = applied(inner.features, fixOverlap(inner.features, overlap, 'A'));
    expect(byId(hole, 'A').geometry.coordinates.length).toBe(2);
    expectCleanCoverage(hole);
  });

  it('refuses an overlap that is not in the grid, and an unknown grid', () => {
    const [overlap] = checkCoverage(STRIP).overlaps;
    const elsewhere = collection([...STRIP.features, rect('C', 300, 0, 400, 100)]);
    const wrong = fixOverlap(elsewhere.features, overlap, 'C');
    expect(!wrong.ok && wrong.error.code).toBe('not-in-grid');
    const unknown = fixOverlap(STRIP.features, overlap, 'nope');
    expect(!unknown.ok && unknown.error.code).toBe('unknown-grid');
  });

  it('fixes an overlap made on Dafang by moving a shared vertex in one grid only', () => {
    const { grids, grid, neighbour } = dafangDent('overlap');
    const options = { gridBoundary: new Map(DAFANG_GRID_BOUNDARY) };
    const report = checkCoverage({ type: 'FeatureCollection', features: grids }, dafang.communities, options);
    expect(report.gaps).toEqual([]);
    expect(report.overlaps.length).toBe(1);
    const [overlap] = report.overlaps;
    expect(overlap.grids.map(String).sort()).toEqual([grid, neighbour].sort());
    const result = fixOverlap(grids, overlap, neighbour);
    expect(result.ok && result.change.put.map((f) => f.properties.id)).toEqual([neighbour]);
    const after = applied(grids, result);
    expectCleanCoverage(after, dafang.communities, options);
    expect(Math.abs(totalAreaM2(after) - totalAreaM2(DAFANG_GRIDS))).toBeLessThan(0.01);
  });
});
