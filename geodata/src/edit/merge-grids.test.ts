import { describe, expect, it } from 'vitest';
import { applied, byId, DAFANG_GRIDS, expectAreaM2, expectCleanCoverage, gridAreaM2, key, metres, QUAD, totalAreaM2, U_CAP, vertexKeys } from '../test/edit-fixtures.ts';
import { mergeGrids } from './merge-grids.ts';

describe('mergeGrids', () => {
  it('dissolves the shared edge and keeps every other vertex', () => {
    const result = mergeGrids(QUAD.features, 'r0c0', 'r0c1');
    expect(result.ok && result.change.delete).toEqual(['r0c1']);
    const after = applied(QUAD.features, result);
    expect(after.map((f) => f.properties!.id)).toEqual(['r0c0', 'r1c0', 'r1c1']);
    const merged = byId(after, 'r0c0');
    expect(merged.geometry.type).toBe('Polygon');
    // (0,0) (100,0) (200,0) (200,100) (100,100) (0,100): the shared edge's ends stay
    const keys = vertexKeys(merged);
    expect(keys.size).toBe(6);
    for (const [x, y] of [[0, 0], [100, 0], [200, 0], [200, 100], [100, 100], [0, 100]]) expect(keys.has(key(metres(x, y)))).toBe(true);
    expectAreaM2(gridAreaM2(merged), 20000);
    expectCleanCoverage(after);
    expect(Math.abs(totalAreaM2(after) - totalAreaM2(QUAD.features))).toBeLessThan(0.01);
  });

  it('keeps the first grid’s id and properties', () => {
    const result = mergeGrids(QUAD.features, 'r1c1', 'r0c1');
    expect(result.ok && result.change.put[0].properties).toEqual({ id: 'r1c1' });
  });

  it('makes a hole when the two enclose a third grid', () => {
    const after = applied(U_CAP.features, mergeGrids(U_CAP.features, 'u', 'cap'));
    const merged = byId(after, 'u').geometry;
    expect(merged.type).toBe('Polygon');
    expect(merged.type === 'Polygon' && merged.coordinates.map((r) => r.length - 1)).toEqual([6, 4]);
    // 300 × 300 minus the 100 × 100 core
    expectAreaM2(gridAreaM2(byId(after, 'u')), 80000);
    expectCleanCoverage(after);
    expect(Math.abs(totalAreaM2(after) - totalAreaM2(U_CAP.features))).toBeLessThan(0.01);
  });

  it('refuses grids that only touch at a corner, unknown grids and a grid with itself', () => {
    const corner = mergeGrids(QUAD.features, 'r0c0', 'r1c1');
    expect(!corner.ok && corner.error.code).toBe('not-adjacent');
    const unknown = mergeGrids(QUAD.features, 'r0c0', 'nope');
    expect(!unknown.ok && unknown.error.code).toBe('unknown-grid');
    const self = mergeGrids(QUAD.features, 'r0c0', 'r0c0');
    expect(!self.ok && self.error.code).toBe('same-grid');
  });

  it('merges two Dafang neighbours into one clean grid', () => {
    const grids = DAFANG_GRIDS;
    const a = grids[0];
    const ka = vertexKeys(a);
    const b = grids.find((g) => g !== a && [...vertexKeys(g)].filter((k) => ka.has(k)).length >= 2)!;
    const after = applied(grids, mergeGrids(grids, a.properties.id, b.properties.id));
    expect(after.length).toBe(29);
    expect(Math.abs(gridAreaM2(byId(after, a.properties.id)) - gridAreaM2(a) - gridAreaM2(b))).toBeLessThan(0.01);
    expectCleanCoverage(after);
  });
});
