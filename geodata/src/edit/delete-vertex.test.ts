import { describe, expect, it } from 'vitest';
import { collection, metres, polygon, ring } from '../test/coverage-fixtures.ts';
import { applied, byId, expectAreaM2, expectCleanCoverage, gridAreaM2, QUAD, totalAreaM2, vertexKeys } from '../test/edit-fixtures.ts';
import { applyChange, reverseChange } from './change-set.ts';
import { deleteVertex } from './delete-vertex.ts';

/** A = [0,100]², B = [100,200] × [0,100], both with the vertex (100, 50) on their common side. */
const PAIR = collection([
  polygon('A', [ring([[0, 0], [100, 0], [100, 50], [100, 100], [0, 100]])]),
  polygon('B', [ring([[100, 0], [200, 0], [200, 100], [100, 100], [100, 50]])]),
]);

describe('deleteVertex', () => {
  it('takes a vertex off a shared border in both grids in one change; the coverage stays whole', () => {
    const result = deleteVertex(PAIR.features, metres(100, 50));
    expect(result.ok && result.change.put.map((f) => f.properties!.id)).toEqual(['A', 'B']);
    expect(result.ok && result.change.delete).toEqual([]);
    const after = applied(PAIR.features, result);
    expect(vertexKeys(byId(after, 'A')).size).toBe(4);
    expect(vertexKeys(byId(after, 'B')).size).toBe(4);
    expectAreaM2(gridAreaM2(byId(after, 'A')), 10000);
    expectAreaM2(gridAreaM2(byId(after, 'B')), 10000);
    expectCleanCoverage(after);
  });

  it('refuses a vertex where borders meet: the centre of four squares and a corner two share', () => {
    const centre = deleteVertex(QUAD.features, metres(100, 100));
    expect(!centre.ok && centre.error.code).toBe('junction');
    expect(!centre.ok && [...centre.error.grids!].sort()).toEqual(['r0c0', 'r0c1', 'r1c0', 'r1c1']);
    // (100, 0) on the outer edge: r0c0 would cut the corner one way, r0c1 the other, leaving a gap
    const edge = deleteVertex(QUAD.features, metres(100, 0));
    expect(!edge.ok && edge.error.code).toBe('junction');
  });

  it('takes the corner of one grid alone, which loses the triangle it cut off', () => {
    const result = deleteVertex(QUAD.features, metres(0, 0));
    expect(result.ok && result.change.put.map((f) => f.properties!.id)).toEqual(['r0c0']);
    const after = applied(QUAD.features, result);
    // the square [0,100]² minus the triangle (0,0), (100,0), (0,100): 10 000 − 5 000 m²
    expectAreaM2(gridAreaM2(byId(after, 'r0c0')), 5000);
    expectAreaM2(totalAreaM2(after), 35000);
    expectCleanCoverage(after);
  });

  it('refuses to leave a ring with fewer than three distinct vertices', () => {
    const triangle = collection([polygon('t', [ring([[0, 0], [100, 0], [0, 100]])])]);
    const result = deleteVertex(triangle.features, metres(0, 0));
    expect(!result.ok && result.error.code).toBe('degenerate');
    expect(!result.ok && result.error.grids).toEqual(['t']);
  });

  it('refuses a shortcut that crosses the ring', () => {
    // a U open at the top: without (300, 0) the edge (0,0)–(300,200) runs through the notch's
    // side x = 200 at y = 133 m, between its ends at y = 50 and y = 200
    const u = collection([polygon('u', [ring([[0, 0], [300, 0], [300, 200], [200, 200], [200, 50], [100, 50], [100, 200], [0, 200]])])]);
    const result = deleteVertex(u.features, metres(300, 0));
    expect(!result.ok && result.error.code).toBe('self-intersection');
    // (300, 200) can go: the shortcut (300,0)–(200,200) stays outside the notch
    const ok = deleteVertex(u.features, metres(300, 200));
    expect(ok.ok).toBe(true);
  });

  it('refuses a shortcut that crosses a hole of the same polygon', () => {
    const holed = collection([
      polygon('h', [ring([[0, 0], [100, 0], [100, 100], [0, 100]]), ring([[30, 40], [30, 50], [60, 50], [60, 40]])]),
    ]);
    // without (100, 0) the shell's edge (0,0)–(100,100) crosses the hole [30,60] × [40,50]:
    // its bottom at (40, 40) and its top at (50, 50), both inside the hole's edges
    const result = deleteVertex(holed.features, metres(100, 0));
    expect(!result.ok && result.error.code).toBe('self-intersection');
  });

  it('says so when no grid has the vertex, or the position is not one', () => {
    const none = deleteVertex(PAIR.features, metres(50, 50));
    expect(!none.ok && none.error.code).toBe('no-vertex');
    const bad = deleteVertex(PAIR.features, [Number.NaN, 27]);
    expect(!bad.ok && bad.error.code).toBe('invalid-position');
  });

  it('undoes as one step: the reverse change brings both grids back', () => {
    const result = deleteVertex(PAIR.features, metres(100, 50));
    if (!result.ok) throw new Error(result.error.message);
    const after = applyChange(PAIR.features, result.change);
    expect(applyChange(after, reverseChange(PAIR.features, result.change))).toEqual(PAIR.features);
  });
});
