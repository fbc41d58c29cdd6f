import { describe, expect, it } from 'vitest';
import { checkCoverage, fixOverlap } from '@wangge/geodata';
import { overlapFixHighlight, vertexOnlyGrids } from './fix-highlight.ts';
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
