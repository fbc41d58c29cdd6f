import { describe, expect, it } from 'vitest';
import { applied, byId, expectAreaM2, expectCleanCoverage, gridAreaM2, key, metres, QUAD, totalAreaM2, vertexKeys } from '../test/edit-fixtures.ts';
import { insertVertex } from './insert-vertex.ts';
import { moveVertex } from './move-vertex.ts';

describe('insertVertex', () => {
  const edge: [number[], number[]] = [metres(100, 0), metres(100, 100)];

  it('puts a vertex on a shared edge into both grids, so there is no T-junction', () => {
    const at = metres(100, 50);
    const result = insertVertex(QUAD.features, edge, at);
    expect(result.ok && result.change.put.map((f) => f.properties!.id)).toEqual(['r0c0', 'r0c1']);
    const after = applied(QUAD.features, result);
    expect(vertexKeys(byId(after, 'r0c0')).has(key(at))).toBe(true);
    expect(vertexKeys(byId(after, 'r0c1')).has(key(at))).toBe(true);
    expectCleanCoverage(after);
    expect(Math.abs(totalAreaM2(after) - totalAreaM2(QUAD.features))).toBeLessThan(0.01);
  });

  it('then moving the new vertex bends both grids: a 100 × 30 m triangle changes hands', () => {
    const at = metres(100, 50);
    const inserted = applied(QUAD.features, insertVertex(QUAD.features, edge, at));
    const after = applied(inserted, moveVertex(inserted, at, metres(130, 50)));
    expectCleanCoverage(after);
    expectAreaM2(gridAreaM2(byId(after, 'r0c0')), 11500);
    expectAreaM2(gridAreaM2(byId(after, 'r0c1')), 8500);
    expect(Math.abs(totalAreaM2(after) - totalAreaM2(QUAD.features))).toBeLessThan(0.01);
  });

  it('accepts the edge either way round and only once per grid', () => {
    const result = insertVertex(QUAD.features, [edge[1], edge[0]], metres(100, 25));
    const after = applied(QUAD.features, result);
    const r0c0 = byId(after, 'r0c0').geometry;
    expect(r0c0.type === 'Polygon' && r0c0.coordinates[0].length).toBe(6);
  });

  it('refuses an edge no grid has, and is a no-op at an end of the edge', () => {
    const none = insertVertex(QUAD.features, [metres(0, 0), metres(100, 100)], metres(50, 50));
    expect(!none.ok && none.error.code).toBe('no-edge');
    const end = insertVertex(QUAD.features, edge, metres(100, 0));
    expect(end.ok && end.change).toEqual({ put: [], delete: [] });
  });

  it('refuses a vertex far off the edge that would fold a grid over itself', () => {
    const result = insertVertex(QUAD.features, edge, metres(250, 50));
    expect(!result.ok && result.error.code).toBe('self-intersection');
  });
});
