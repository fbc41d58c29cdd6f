import { describe, expect, it } from 'vitest';
import { applied, byId, DAFANG_GRIDS, expectAreaM2, expectCleanCoverage, gridAreaM2, key, metres, QUAD, totalAreaM2, vertexKeys } from '../test/edit-fixtures.ts';
import { moveVertex } from './move-vertex.ts';

describe('moveVertex', () => {
  const centre = metres(100, 100);

  it('moves a vertex shared by four grids in all four, keeping the coverage clean and the area', () => {
    const to = metres(120, 130);
    const result = moveVertex(QUAD.features, centre, to);
    expect(result.ok && result.change.put.map((f) => f.properties!.id).sort()).toEqual(['r0c0', 'r0c1', 'r1c0', 'r1c1']);
    const after = applied(QUAD.features, result);
    expectCleanCoverage(after);
    // shoelace on the moved quadrilaterals, worked by hand: 12500 + 10500 + 9500 + 7500 = 40000
    expectAreaM2(gridAreaM2(byId(after, 'r0c0')), 12500);
    expectAreaM2(gridAreaM2(byId(after, 'r0c1')), 10500);
    expectAreaM2(gridAreaM2(byId(after, 'r1c0')), 9500);
    expectAreaM2(gridAreaM2(byId(after, 'r1c1')), 7500);
    expect(Math.abs(totalAreaM2(after) - totalAreaM2(QUAD.features))).toBeLessThan(0.01);
    for (const f of after) expect(vertexKeys(f).has(key(to))).toBe(true);
  });

  it('finds the vertex within the tolerance and moves only grids that have it', () => {
    const near = [centre[0] + 5e-10, centre[1] - 5e-10];
    expect(moveVertex(QUAD.features, near, metres(110, 110)).ok).toBe(true);
    const corner = moveVertex(QUAD.features, metres(0, 0), metres(-10, -10));
    expect(corner.ok && corner.change.put.map((f) => f.properties!.id)).toEqual(['r0c0']);
    expect(moveVertex(QUAD.features, [centre[0] + 1e-8, centre[1]], metres(110, 110)).ok).toBe(false);
  });

  it('refuses a move that makes a ring cross itself, with an error value', () => {
    // (150, -50) folds r0c1's last edge across its bottom edge at x ≈ 166.7
    const result = moveVertex(QUAD.features, centre, metres(150, -50));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('self-intersection');
      expect(result.error.grids).toContain('r0c1');
    }
  });

  it('refuses a missing vertex and non-finite positions', () => {
    const miss = moveVertex(QUAD.features, metres(50, 50), metres(60, 60));
    expect(!miss.ok && miss.error.code).toBe('no-vertex');
    const bad = moveVertex(QUAD.features, centre, [NaN, 27]);
    expect(!bad.ok && bad.error.code).toBe('invalid-position');
  });

  it('collapses a vertex moved onto its neighbour', () => {
    const result = moveVertex(QUAD.features, centre, metres(100, 0));
    const after = applied(QUAD.features, result);
    const r0c0 = byId(after, 'r0c0').geometry;
    expect(r0c0.type === 'Polygon' && r0c0.coordinates[0].length).toBe(4);
    expectAreaM2(gridAreaM2(byId(after, 'r0c0')), 5000);
    expectCleanCoverage(after);
  });

  it('moves a shared vertex of Dafang in every grid that has it and leaves a clean coverage', () => {
    const grids = DAFANG_GRIDS;
    const counts = new Map<string, number>();
    for (const f of grids) for (const k of vertexKeys(f)) counts.set(k, (counts.get(k) ?? 0) + 1);
    const [shared] = [...counts].find(([, n]) => n === 3)!;
    const from = shared.split(',').map(Number);
    const result = moveVertex(grids, from, [from[0] + 2e-6, from[1] + 1e-6]);
    expect(result.ok && result.change.put.length).toBe(3);
    const after = applied(grids, result);
    expectCleanCoverage(after);
    expect(Math.abs(totalAreaM2(after) - totalAreaM2(grids))).toBeLessThan(0.01);
  });
});
