import { describe, expect, it } from 'vitest';
import { convertCollection, CRS } from '@wangge/geodata';
import { row } from '../test-kit.ts';
import { detectCrs } from './detect-crs.ts';

describe('detectCrs', () => {
  const stored = row().features;

  it('finds the system that puts the file on the stored grids', () => {
    for (const crs of Object.values(CRS)) {
      const file = convertCollection(row(), CRS.wgs84, crs);
      const found = detectCrs(file, stored);
      expect(found?.crs, crs).toBe(crs);
      expect(found!.medianM, crs).toBeLessThan(0.05);
    }
  });

  it('says nothing when the file lies nowhere near the stored grids', () => {
    const far = convertCollection(row(), CRS.wgs84, CRS.wgs84);
    const moved = { ...far, features: far.features.map((f) => ({ ...f, geometry: { type: 'Polygon' as const, coordinates: (f.geometry as { coordinates: number[][][] }).coordinates.map((r) => r.map(([x, y]) => [x + 1, y])) } })) };
    expect(detectCrs(moved, stored)).toBeNull();
  });

  it('still finds it when half the file lies elsewhere (new grids for a new area)', () => {
    const here = convertCollection(row(), CRS.wgs84, CRS.gcj02);
    const away = here.features.map((f) => ({ ...f, geometry: { type: 'Polygon' as const, coordinates: (f.geometry as { coordinates: number[][][] }).coordinates.map((r) => r.map(([x, y]) => [x + 1, y])) } }));
    const found = detectCrs({ ...here, features: [...here.features, ...away] }, stored);
    expect(found?.crs).toBe(CRS.gcj02);
    expect(found!.medianM).toBeLessThan(0.05);
  });
});
