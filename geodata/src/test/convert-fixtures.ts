import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { strToU8, zipSync } from 'fflate';
import { expect } from 'vitest';
import { dafang } from '../dafang.ts';
import { deepFreeze, multi, polygon, rectRing, ring } from './coverage-fixtures.ts';

/**
 * Test kit for the format converters: Dafang's grids as the app exports them (with unit lists and
 * a version number), a grid with a hole and a two-part grid, and a comparison that demands the
 * same properties and the same vertices to 1e-9°.
 */
type Grids = FeatureCollection<Polygon | MultiPolygon>;

const units = new Map<string, string[]>();
for (const gu of dafang.organisation.gridUnits) units.set(gu.gridId, [...(units.get(gu.gridId) ?? []), gu.unitId]);
const unitName = new Map(dafang.organisation.units.map((u) => [u.id, u.name]));

/** Dafang's 30 grids with the API's extra properties: unitIds, unitNames (lists) and version (a number). */
export const DAFANG_EXPORT: Grids = deepFreeze({
  type: 'FeatureCollection',
  features: dafang.grids.features.map((f, i) => ({
    type: 'Feature' as const,
    properties: { ...f.properties, version: i + 1, unitIds: units.get(f.properties.id) ?? [], unitNames: (units.get(f.properties.id) ?? []).map((u) => unitName.get(u)!) },
    geometry: structuredClone(f.geometry),
  })),
});

/** A 300 m square with a 100 m hole, and a grid of two separate squares. */
export const HOLES_AND_PARTS: Grids = deepFreeze({
  type: 'FeatureCollection',
  features: [
    polygon('holed', [rectRing(0, 0, 300, 300), rectRing(100, 100, 200, 200).reverse()], { name: '带洞网格' }),
    multi('parts', [[rectRing(400, 0, 500, 100)], [rectRing(600, 0, 700, 100)]]),
  ],
});

export const TRIANGLE: Grids = deepFreeze({ type: 'FeatureCollection', features: [polygon('t', [ring([[0, 0], [50, 0], [0, 50]])], { name: 'T' })] });

function positions(f: Feature<Polygon | MultiPolygon>): number[][][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** Same features in the same order: equal properties, the same rings vertex for vertex (to 1e-9°). */
export function expectSameGrids(actual: Grids, expected: Grids): void {
  expect(actual.features.length).toBe(expected.features.length);
  actual.features.forEach((f, i) => {
    const e = expected.features[i];
    expect(f.properties).toEqual(e.properties);
    expect(f.geometry.type).toBe(e.geometry.type);
    const a = positions(f);
    const b = positions(e);
    expect(a.map((p) => p.map((r) => r.length))).toEqual(b.map((p) => p.map((r) => r.length)));
    a.forEach((p, j) => p.forEach((r, k) => r.forEach((q, m) => {
      expect(Math.abs(q[0] - b[j][k][m][0])).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(q[1] - b[j][k][m][1])).toBeLessThanOrEqual(1e-9);
    })));
  });
}

export function text(s: string): Uint8Array {
  return strToU8(s);
}

export function zipOf(files: Record<string, Uint8Array | string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));
}

/** Thrown ConvertError's code and message, or 'no error'. */
export function failure(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    return { code: (e as { code?: string }).code ?? 'not a ConvertError', message: (e as Error).message };
  }
  return { code: 'no error', message: '' };
}
