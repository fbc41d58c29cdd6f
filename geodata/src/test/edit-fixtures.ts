import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { expect } from 'vitest';
import { checkCoverage } from '../coverage/check.ts';
import { equalAreaProjection } from '../coverage/projection.ts';
import type { CoverageOptions, CoverageReport } from '../coverage/types.ts';
import { dafang } from '../dafang.ts';
import type { GridFeature } from '../dataset/types.ts';
import { applyChange } from '../edit/change-set.ts';
import type { EditFeature, EditResult } from '../edit/types.ts';
import { collection, DAFANG, deepFreeze, metres, polygon, ring, squares } from './coverage-fixtures.ts';

/**
 * Test kit for the edit operations: hand-made coverages in metres around Dafang (see
 * coverage-fixtures.ts), deep-frozen so an edit that mutates its input fails, and assertions that
 * a result is still a clean coverage with the area it should have.
 */
export { metres };

/** 2 × 2 squares of 100 m, ids r{row}c{col}; the centre vertex (100, 100) is in all four. */
export const QUAD = collection(squares(2, 2, 100));

/**
 * A U of 300 × 200 m with a 100 m notch at the top middle, a core filling the notch and a cap of
 * 300 × 100 m on top: merging U and cap encloses the core (a polygon with a hole).
 */
export const U_CAP = collection([
  polygon('u', [ring([[0, 0], [300, 0], [300, 200], [200, 200], [200, 100], [100, 100], [100, 200], [0, 200]])]),
  polygon('core', [ring([[100, 100], [200, 100], [200, 200], [100, 200]])]),
  polygon('cap', [ring([[0, 200], [100, 200], [200, 200], [300, 200], [300, 300], [0, 300]])]),
]);

/** Area in m² on the ellipsoid through the coverage check's equal-area projection (shoelace). */
export function gridAreaM2(f: Feature<Polygon | MultiPolygon>): number {
  const proj = equalAreaProjection(DAFANG[0], DAFANG[1]);
  const out = [0, 0];
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let total = 0;
  for (const rings of polys) {
    rings.forEach((r, k) => {
      let s = 0;
      const xy = r.map((p) => {
        proj.forward(p[0], p[1], out, 0);
        return [out[0], out[1]];
      });
      for (let i = 0; i + 1 < xy.length; i++) s += xy[i][0] * xy[i + 1][1] - xy[i + 1][0] * xy[i][1];
      total += (k === 0 ? 1 : -1) * Math.abs(s / 2);
    });
  }
  return total;
}

/**
 * Asserts an area worked out by hand on the metre layout. metres() turns metres into degrees with
 * the radii of curvature at the origin, so a metre east shrinks with cos(latitude) going north:
 * tan(27.1°) · 300 m / 6378 km = 2.4 parts in 100 000 at the top of a 300 m layout.
 */
export function expectAreaM2(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(3e-5 * Math.abs(expected) + 1e-6);
}

export function totalAreaM2(features: readonly Feature<Polygon | MultiPolygon>[]): number {
  return features.reduce((s, f) => s + gridAreaM2(f), 0);
}

export function byId<F extends EditFeature>(features: readonly F[], id: string): F {
  const f = features.find((g) => String(g.properties?.id ?? g.id) === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
}

/** The features after a successful edit (fails the test on a refusal). */
export function applied<F extends EditFeature>(grids: readonly F[], result: EditResult<F>): F[] {
  if (!result.ok) throw new Error(`edit refused: ${result.error.code} ${result.error.message}`);
  return deepFreeze(applyChange(grids, result.change));
}

/** Asserts the grids are a clean coverage: no overlap, gap, outside or invalid grid, no warning. */
export function expectCleanCoverage(
  grids: readonly Feature<Polygon | MultiPolygon>[],
  boundaries?: FeatureCollection<Polygon | MultiPolygon>,
  options: CoverageOptions = {},
): CoverageReport {
  const report = checkCoverage({ type: 'FeatureCollection', features: [...grids] }, boundaries, options);
  expect(report.invalid).toEqual([]);
  expect(report.overlaps).toEqual([]);
  expect(report.gaps).toEqual([]);
  expect(report.outside).toEqual([]);
  expect(report.warnings).toEqual([]);
  expect(report.ok).toBe(true);
  return report;
}

/** Every distinct position of a feature's rings, as "lon,lat" keys. */
export function vertexKeys(f: Feature<Polygon | MultiPolygon>): Set<string> {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return new Set(polys.flat(2).map((p: Position) => `${p[0]},${p[1]}`));
}

export function key(p: Position): string {
  return `${p[0]},${p[1]}`;
}

export function boundaryOf(features: Feature<Polygon>[]): FeatureCollection<Polygon> {
  return collection(features);
}

/** Dafang's 30 grids, deep-frozen: an edit that mutates its input fails. */
export const DAFANG_GRIDS: readonly GridFeature[] = deepFreeze(structuredClone(dafang.grids.features));

/** Dafang's grid → community map, for checks against the community boundaries. */
export const DAFANG_GRID_BOUNDARY: ReadonlyMap<string, string> = new Map(dafang.grids.features.map((f) => [f.properties.id, f.properties.communityId]));

/**
 * Dafang with one vertex moved in one grid only (not in its neighbour), as a careless editor would:
 * a vertex in the middle of a shared edge chain, pulled 30 % of the way towards the chord of its
 * two ring neighbours (a gap) or as far away from it (an overlap).
 */
export function dafangDent(kind: 'gap' | 'overlap'): { grids: GridFeature[]; grid: string; neighbour: string } {
  const grids = DAFANG_GRIDS;
  const owners = new Map<string, number[]>();
  grids.forEach((f, g) => vertexKeys(f).forEach((k) => owners.set(k, [...(owners.get(k) ?? []), g])));
  for (let g = 0; g < grids.length; g++) {
    const r = (grids[g].geometry as Polygon).coordinates[0];
    const n = r.length - 1;
    for (let i = 0; i < n; i++) {
      const [p, v, q] = [r[(i + n - 1) % n], r[i], r[(i + 1) % n]];
      const shared = [p, v, q].map((x) => owners.get(key(x))!);
      if (shared.some((o) => o.length !== 2) || new Set(shared.map((o) => o.join())).size !== 1) continue;
      const other = shared[1].find((o) => o !== g)!;
      if (grids[other].properties.communityId !== grids[g].properties.communityId) continue;
      if ((q[0] - p[0]) * (v[1] - p[1]) - (q[1] - p[1]) * (v[0] - p[0]) >= 0) continue;
      const f = kind === 'gap' ? 0.3 : -0.3;
      const moved = [v[0] + f * ((p[0] + q[0]) / 2 - v[0]), v[1] + f * ((p[1] + q[1]) / 2 - v[1])];
      const ring = r.map((x, k) => (k % n === i ? [...moved] : x));
      const dented = { ...grids[g], geometry: { type: 'Polygon' as const, coordinates: [ring] } };
      return deepFreeze({ grids: grids.map((x, k) => (k === g ? dented : x)), grid: grids[g].properties.id, neighbour: grids[other].properties.id });
    }
  }
  throw new Error('no vertex in the middle of a shared edge chain');
}
