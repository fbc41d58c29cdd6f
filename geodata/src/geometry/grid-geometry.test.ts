import { describe, expect, it } from 'vitest';
import { metres, ring } from '../test/coverage-fixtures.ts';
import { checkGridGeometry } from './grid-geometry.ts';
import { MAX_GRID_VERTICES } from './limits.ts';

/** a closed sawtooth of n vertices in metres: teeth 20 m wide, `apart` metres apart (simple) */
const sawtooth = (n: number, apart = 1) => {
  const pts: [number, number][] = [];
  for (let i = 0; i < n - 2; i++) pts.push([20 * (i % 2), apart * i]);
  pts.push([-20, apart * (n - 3)], [-20, 0]);
  return ring(pts);
};

describe('checkGridGeometry', () => {
  it('a valid grid comes back sanitised: only type and coordinates, [lon, lat] positions', () => {
    const sq = ring([[0, 0], [100, 0], [100, 100], [0, 100]]);
    const r = checkGridGeometry('G1', { type: 'Polygon', coordinates: [sq.map(([x, y]) => [x, y, 1500])], note: 'x'.repeat(1e6) });
    expect(r).toEqual({ ok: true, geometry: { type: 'Polygon', coordinates: [sq] } });
  });

  it('a grid at the vertex cap, shaped as the worst case for the validity test, is accepted', () => {
    const saw = sawtooth(MAX_GRID_VERTICES);
    expect(saw).toHaveLength(MAX_GRID_VERTICES + 1);
    expect(checkGridGeometry('G2', { type: 'Polygon', coordinates: [saw] }).ok).toBe(true);
  });

  it('the same with its teeth 5 cm apart is refused as too dense: valid, but costly to check', () => {
    const r = checkGridGeometry('G8', { type: 'Polygon', coordinates: [sawtooth(MAX_GRID_VERTICES, 0.05)] });
    expect(r).toMatchObject({ ok: false, code: 'too_dense', message: expect.stringMatching(/^grid G8: its edges are packed too closely/) });
  });

  it('the load test’s 50,000-vertex grid is refused by its size, naming grid and count', () => {
    expect(checkGridGeometry('G3', { type: 'Polygon', coordinates: [sawtooth(50_000)] })).toEqual({
      ok: false,
      code: 'too_many_vertices',
      message: `grid G3 has 50000 vertices; a grid may have at most ${MAX_GRID_VERTICES} (simplify its boundary or split it)`,
    });
  });

  it('a bowtie is refused with where it crosses', () => {
    const bowtie = ring([[0, 0], [100, 100], [100, 0], [0, 100]]);
    const r = checkGridGeometry('G4', { type: 'Polygon', coordinates: [bowtie] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('bad_geometry');
    const m = /^grid G4: invalid geometry \(self-intersection at ([\d.]+), ([\d.]+)\)$/.exec(r.message);
    expect(m).not.toBeNull();
    const [lon, lat] = metres(50, 50);
    expect(Math.abs(Number(m![1]) - lon)).toBeLessThan(1e-9);
    expect(Math.abs(Number(m![2]) - lat)).toBeLessThan(1e-9);
  });

  it('refuses other types and malformed positions as bad_geometry, naming the grid', () => {
    expect(checkGridGeometry('G5', { type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toEqual({
      ok: false,
      code: 'bad_geometry',
      message: 'grid G5: geometry must be a GeoJSON Polygon or MultiPolygon',
    });
    expect(checkGridGeometry('G6', { type: 'Polygon', coordinates: [[[0, 0], [1, 'a'], [1, 1], [0, 0]]] })).toMatchObject({
      ok: false,
      code: 'bad_geometry',
      message: expect.stringMatching(/^grid G6: coordinates\[0\]\[1\] must be a position/),
    });
    expect(checkGridGeometry('G7', { type: 'Polygon', coordinates: [[[105.6, 27.1], [105.7, 27.1], [105.6, 27.1]]] })).toMatchObject({
      ok: false,
      code: 'bad_geometry',
      message: 'grid G7: invalid geometry (too-few-positions at 105.6, 27.1)',
    });
  });
});
