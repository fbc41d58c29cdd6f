import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { checkCoverage, fixGap, fixOverlap } from '@wangge/geodata';
import { gapFixHighlight, overlapFixHighlight, vertexOnlyGrids } from './fix-highlight.ts';
import { at, deepFreeze, grid } from './test-kit.ts';

describe('overlapFixHighlight', () => {
  // A = [0,100]², B = [90,200] × [0,100] overlaps A's right 10 m; C = [0,100] × [100,200] sits on
  // top of A. Cut from A, the strip goes to B: A's new corners at x = 90 go into C's bottom edge
  // (C only gains a vertex), and C's corner (100,100) lands on B's top edge, so B gains it.
  const grids = deepFreeze([
    grid('A', [[0, 0], [100, 0], [100, 100], [0, 100]]),
    grid('B', [[90, 0], [200, 0], [200, 100], [90, 100]]),
    grid('C', [[0, 100], [100, 100], [100, 200], [0, 200]]),
  ]);

  it('draws the strip that moves, the grid losing it, and the vertices the others gain, not their whole area', () => {
    const report = checkCoverage({ type: 'FeatureCollection', features: [...grids] });
    expect(report.overlaps.length).toBe(1);
    const overlap = report.overlaps[0];
    const r = fixOverlap(grids, overlap, 'A');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.change.put.map((g) => g.properties.id).sort()).toEqual(['A', 'B', 'C']);
    const h = overlapFixHighlight(grids, r.change, overlap.geometry, 'A');
    const roles = h.features.map((f) => `${f.properties.role}:${f.properties.grid ?? ''}:${f.geometry.type}`);
    expect(roles.filter((x) => !x.startsWith('vertex'))).toEqual(['moves::Polygon', 'loses:A:Polygon']);
    // C gains A's new corner (90,100), B gains C's corner (100,100); A's new corners are in its outline
    expect(roles.filter((x) => x.startsWith('vertex')).sort()).toEqual(['vertex:B:Point', 'vertex:C:Point']);
    expect(vertexOnlyGrids(h, ['A', 'B'])).toEqual(['C']);
  });

  it('draws a sliver the cut hands to a neighbour as moving too, named for that neighbour', () => {
    // N drawn over a narrow A = [0,20] × [0,100], its left edge slanting from (-2,0) to (1,100):
    // cut from N, the wedge (-2,0) (0,0) (0,200/3) left of A (66.67 m²) goes to A
    const wedge = deepFreeze([grid('A', [[0, 0], [20, 0], [20, 100], [0, 100]]), grid('N', [[-2, 0], [120, 0], [120, 100], [1, 100]])]);
    const [overlap] = checkCoverage({ type: 'FeatureCollection', features: [...wedge] }).overlaps;
    const r = fixOverlap(wedge, overlap, 'N');
    if (!r.ok) throw new Error(r.error.message);
    const h = overlapFixHighlight(wedge, r.change, overlap.geometry, 'N', r.slivers);
    const moving = h.features.filter((f) => f.properties.role === 'moves');
    expect(moving.map((f) => f.properties.grid ?? '')).toEqual(['', 'A']);
    // the sliver drawn is the wedge itself: its westmost point is the slanting edge's foot at x = -2
    const xs = (moving[1].geometry as { coordinates: number[][][] }).coordinates[0].map((p) => p[0]);
    expect(Math.min(...xs)).toBeCloseTo(at(-2, 0)[0], 9);
    expect(Math.max(...xs)).toBeCloseTo(at(0, 0)[0], 6);
  });
});

describe('gapFixHighlight', () => {
  /** the boundary the grids must fill, [0,200] × [0,100], with the corners the grids have on it */
  const frame = (xs: number[]): FeatureCollection<Polygon> =>
    deepFreeze({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'c1' }, geometry: { type: 'Polygon', coordinates: [[...xs.map((x) => at(x, 0)), at(200, 100), at(100, 100), at(0, 100), at(xs[0], 0)]] } }],
    });
  const roles = (h: ReturnType<typeof gapFixHighlight>) => h.features.map((f) => `${f.properties.role}:${f.properties.grid ?? ''}:${f.geometry.type}`);
  const relative = (a: number, b: number) => Math.abs(a - b) / b;
  /** a position to the centimetre, to compare corners whatever the last digits */
  const cm = (p: Position) => `${Math.round((p[0] - at(0, 0)[0]) * 1e7)},${Math.round((p[1] - at(0, 0)[1]) * 1e7)}`;

  it('draws the gap filled and named for the grid taking it, and the vertex the other grid only gains as a point', () => {
    // A = [0,100]²; B's bottom edge slants from (100,10) down to (200,0), so the triangle
    // (100,0) (200,0) (100,10) is a gap of ½ · 100 · 10 = 500 m². B borders it along the slant,
    // √(100² + 10²) = 100.50 m, A along 10 m: B takes it, and A's edge x = 100 gains B's corner (100,10).
    const grids = deepFreeze([grid('A', [[0, 0], [100, 0], [100, 100], [0, 100]]), grid('B', [[100, 10], [200, 0], [200, 100], [100, 100]])]);
    const [gap] = checkCoverage({ type: 'FeatureCollection', features: [...grids] }, frame([0, 100, 200])).gaps;
    const r = fixGap(grids, gap);
    if (!r.ok) throw new Error(r.error.message);
    const h = gapFixHighlight(grids, r.change, r.assigned);
    expect(roles(h)).toEqual(['moves:B:Polygon', 'vertex:A:Point']);
    expect(h.features[1].geometry.type === 'Point' && h.features[1].geometry.coordinates).toEqual(at(100, 10));
    // the piece drawn is the triangle itself: its corners, and nothing of B's old area
    const corners = (h.features[0].geometry as Polygon).coordinates[0].slice(0, -1).map(cm);
    expect(corners.sort()).toEqual([at(100, 0), at(200, 0), at(100, 10)].map(cm).sort());
    expect(relative(r.assigned[0].areaM2, 500)).toBeLessThan(0.005);
    expect(relative(r.assigned[0].sharedM, Math.hypot(100, 10))).toBeLessThan(0.005);
    expect(vertexOnlyGrids(h, ['B'])).toEqual(['A']);
  });

  it('draws each part of a gap going to a different grid, and no points for grids whose change is the piece they take', () => {
    // A's bottom slants from (0,0) up to (100,10), B's from (100,0) up to (200,10): two 500 m²
    // triangles. The west one borders A along its slant (100.50 m) and B along x = 100 (10 m), so
    // A takes it; the east one borders only B. Each grid gains corners, but only of its own piece.
    const grids = deepFreeze([grid('A', [[0, 0], [100, 10], [100, 100], [0, 100]]), grid('B', [[100, 0], [200, 10], [200, 100], [100, 100]])]);
    const gaps = checkCoverage({ type: 'FeatureCollection', features: [...grids] }, frame([0, 100, 200])).gaps;
    expect(gaps.length).toBe(2);
    const both: MultiPolygon = { type: 'MultiPolygon', coordinates: gaps.map((g) => (g.geometry as Polygon).coordinates) };
    const r = fixGap(grids, { geometry: both });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.change.put.map((g) => g.properties.id).sort()).toEqual(['A', 'B']);
    const h = gapFixHighlight(grids, r.change, r.assigned);
    expect(roles(h).sort()).toEqual(['moves:A:Polygon', 'moves:B:Polygon']);
    for (const a of r.assigned) expect(relative(a.areaM2, 500)).toBeLessThan(0.005);
    expect(vertexOnlyGrids(h, [])).toEqual([]);
  });
});
