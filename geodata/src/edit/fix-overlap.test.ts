import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../coverage/check.ts';
import { collection, polygon, rect, ring } from '../test/coverage-fixtures.ts';
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

describe('fixOverlap leaves no sliver', () => {
  // A new grid N drawn over a narrow grid A = [0,20] × [0,100], its left edge slanting from
  // (-2, 0) to (1, 100): it crosses x = 0 at y = 200/3. Cut from N, the overlap leaves N the
  // 100 × 100 m block right of A and, left of A, the thin wedge (-2,0) (0,0) (0,200/3):
  // ½ · 2 · 200/3 = 66.67 m², about 1 m wide on average — nothing a planner meant to draw.
  // N's area: ∫₀¹⁰⁰ (120 − (−2 + 3y/100)) dy = 12 200 − 150 = 12 050 m²; N ∩ A is A minus the
  // triangle (0,200/3) (0,100) (1,100) of ½ · 1 · 100/3 = 16.67 m², so 1 983.33 m², and the union
  // of A and N is 2 000 + 12 050 − 1 983.33 = 12 066.67 m².
  const WEDGE = collection([
    rect('A', 0, 0, 20, 100),
    polygon('N', [ring([[-2, 0], [120, 0], [120, 100], [1, 100]])]),
  ]);

  it('gives a thin piece cut off by the fix to the neighbour it borders; the coverage stays whole', () => {
    const [overlap] = checkCoverage(WEDGE).overlaps;
    expectAreaM2(overlap.areaM2, 2000 - 50 / 3);
    const result = fixOverlap(WEDGE.features, overlap, 'N');
    expect(result.ok && result.slivers.map((s) => s.grid)).toEqual(['A']);
    if (result.ok) expectAreaM2(result.slivers[0].areaM2, 200 / 3);
    const after = applied(WEDGE.features, result);
    expect(byId(after, 'N').geometry.type).toBe('Polygon');
    expectAreaM2(gridAreaM2(byId(after, 'N')), 10000);
    expectAreaM2(gridAreaM2(byId(after, 'A')), 2000 + 200 / 3);
    expectAreaM2(totalAreaM2(after), 12000 + 200 / 3);
    expectCleanCoverage(after);
  });

  it('keeps a second piece that is a real part of the grid', () => {
    // N = [-50,120] × [0,100] over A: the cut leaves N a 50 × 100 m block on each side of A, and
    // the left one (5 000 m², 50 m wide) is no sliver, so N becomes a MultiPolygon of 15 000 m².
    const across = collection([rect('A', 0, 0, 20, 100), rect('N', -50, 0, 120, 100)]);
    const [overlap] = checkCoverage(across).overlaps;
    const result = fixOverlap(across.features, overlap, 'N');
    expect(result.ok && result.slivers).toEqual([]);
    const after = applied(across.features, result);
    expect(byId(after, 'N').geometry.type).toBe('MultiPolygon');
    expectAreaM2(gridAreaM2(byId(after, 'N')), 15000);
    expectAreaM2(gridAreaM2(byId(after, 'A')), 2000);
    expectCleanCoverage(after);
  });
});
