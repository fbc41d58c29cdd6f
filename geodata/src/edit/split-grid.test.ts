import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { applied, byId, DAFANG_GRIDS, expectAreaM2, expectCleanCoverage, gridAreaM2, key, metres, QUAD, totalAreaM2, U_CAP, vertexKeys } from '../test/edit-fixtures.ts';
import { mergeGrids } from './merge-grids.ts';
import { splitGrid } from './split-grid.ts';

const line = (...pts: [number, number][]) => pts.map(([x, y]) => metres(x, y));

describe('splitGrid', () => {
  it('splits along a straight line; the larger piece keeps the id, the neighbour gets the crossing vertex', () => {
    const result = splitGrid(QUAD.features, 'r0c0', line([40, -10], [40, 110]), { newId: 'r0c0b', newProperties: { name: 'west' } });
    expect(result.ok && result.change.put.map((f) => f.properties!.id)).toEqual(['r0c0', 'r1c0', 'r0c0b']);
    const after = applied(QUAD.features, result);
    expectAreaM2(gridAreaM2(byId(after, 'r0c0')), 6000);
    expectAreaM2(gridAreaM2(byId(after, 'r0c0b')), 4000);
    expect(byId(after, 'r0c0b').properties).toEqual({ id: 'r0c0b', name: 'west' });
    const top = [...vertexKeys(byId(after, 'r0c0b'))].filter((k) => vertexKeys(byId(after, 'r1c0')).has(k));
    expect(top.length).toBe(2);
    expectCleanCoverage(after);
    expect(Math.abs(totalAreaM2(after) - totalAreaM2(QUAD.features))).toBeLessThan(0.01);
  });

  it('splits along a bent line: 4750 m² below the bend, 5250 m² above', () => {
    // crossings at (0, 80/3) and (100, 130/3); trapezoids 50·(80/3+60)/2 + 50·(60+130/3)/2 = 4750
    const result = splitGrid(QUAD.features, 'r0c0', line([-10, 20], [50, 60], [110, 40]), { newId: 'n' });
    const after = applied(QUAD.features, result);
    expectAreaM2(gridAreaM2(byId(after, 'n')), 4750);
    expectAreaM2(gridAreaM2(byId(after, 'r0c0')), 5250);
    const right = vertexKeys(byId(after, 'r0c1'));
    const crossing = [...vertexKeys(byId(after, 'n'))].map((k) => k.split(',').map(Number)).find((p) => right.has(key(p)) && p[1] > metres(0, 1)[1])!;
    const expected = metres(100, 130 / 3);
    expect(Math.abs(crossing[0] - expected[0])).toBeLessThan(1e-7);
    expect(Math.abs(crossing[1] - expected[1])).toBeLessThan(1e-7);
    expectCleanCoverage(after);
    expect(Math.abs(totalAreaM2(after) - totalAreaM2(QUAD.features))).toBeLessThan(0.01);
  });

  it('cuts a wedge off a shared edge: both crossings go into the neighbour in order', () => {
    // crossings at (100, 80/3) and (100, 230/3): a triangle of base 50 and height 50
    const result = splitGrid(QUAD.features, 'r0c0', line([110, 20], [50, 60], [110, 80]), { newId: 'w' });
    const after = applied(QUAD.features, result);
    expectAreaM2(gridAreaM2(byId(after, 'w')), 1250);
    expectAreaM2(gridAreaM2(byId(after, 'r0c0')), 8750);
    const r0c1 = byId(after, 'r0c1').geometry;
    expect(r0c1.type === 'Polygon' && r0c1.coordinates[0].length).toBe(7);
    expectCleanCoverage(after);
  });

  it('uses an existing vertex the line passes through instead of adding one', () => {
    const result = splitGrid(QUAD.features, 'r0c0', line([-10, -10], [100, 100], [110, 110]), { newId: 'd' });
    expect(result.ok && result.change.put.map((f) => f.properties!.id)).toEqual(['r0c0', 'd']);
    const after = applied(QUAD.features, result);
    expectAreaM2(gridAreaM2(byId(after, 'd')), 5000);
    expectCleanCoverage(after);
  });

  it('keeps a hole with the piece around it, and refuses a line through the hole', () => {
    const merged = applied(U_CAP.features, mergeGrids(U_CAP.features, 'u', 'cap'));
    // the 300 × 300 square with the core's 100 × 100 hole, cut at x = 250: the hole stays west
    const after = applied(merged, splitGrid(merged, 'u', line([250, -10], [250, 310]), { newId: 'east' }));
    expectAreaM2(gridAreaM2(byId(after, 'east')), 15000);
    expectAreaM2(gridAreaM2(byId(after, 'u')), 65000);
    expect(byId(after, 'u').geometry.coordinates.length).toBe(2);
    expectCleanCoverage(after);
    const through = splitGrid(merged, 'u', line([150, -10], [150, 310]), { newId: 'x' });
    expect(!through.ok && through.error.code).toBe('line-crosses-hole');
  });

  it('refuses lines that do not cross fully, cross too often, cross themselves, or a taken id', () => {
    const code = (pts: Position[], newId = 'x') => {
      const r = splitGrid(QUAD.features, 'r0c0', pts, { newId });
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code(line([50, 50], [150, 50]))).toBe('line-not-crossing');
    expect(code(line([50, 50], [60, 60]))).toBe('line-not-crossing');
    expect(code(line([-50, -50], [-10, 300]))).toBe('line-not-crossing');
    expect(code(line([-10, 20], [110, 40], [-10, 60]))).toBe('line-crosses-more');
    expect(code(line([-10, 20], [110, 80], [110, 20], [-10, 80]))).toBe('line-self-intersects');
    expect(code(line([40, -10], [40, 110]), 'r0c1')).toBe('id-taken');
    expect(code(line([0, -10], [0, 110]))).toBe('line-not-crossing');
    const unknown = splitGrid(QUAD.features, 'nope', line([40, -10], [40, 110]), { newId: 'x' });
    expect(!unknown.ok && unknown.error.code).toBe('unknown-grid');
  });

  it('splits a Dafang grid across its middle and leaves a clean coverage of 31 grids', () => {
    const grids = DAFANG_GRIDS;
    const target = grids[4];
    const ring = (target.geometry.type === 'Polygon' ? target.geometry.coordinates : target.geometry.coordinates[0])[0];
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    const midX = (Math.min(...xs) + Math.max(...xs)) / 2;
    const result = splitGrid(grids, target.properties.id, [[midX, Math.min(...ys) - 0.001], [midX, Math.max(...ys) + 0.001]], { newId: 'split' });
    const after = applied(grids, result);
    expect(after.length).toBe(31);
    expect(result.ok && result.change.put.length).toBeGreaterThanOrEqual(3);
    expectCleanCoverage(after);
    expect(Math.abs(totalAreaM2(after) - totalAreaM2(grids))).toBeLessThan(0.01);
  });
});
