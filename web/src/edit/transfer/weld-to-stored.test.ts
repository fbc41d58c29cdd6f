import { describe, expect, it } from 'vitest';
import { convertCollection, CRS } from '@wangge/geodata';
import { buildBatch } from '../save-batch.ts';
import { row, rowCommunity } from '../test-kit.ts';
import { planImport } from './import-grids.ts';
import { weldToStored } from './weld-to-stored.ts';

describe('weldToStored', () => {
  it('makes a GCJ-02 round trip of the stored grids a no-op save', () => {
    const stored = row().features;
    const trip = convertCollection(convertCollection(row(), CRS.wgs84, CRS.gcj02), CRS.gcj02, CRS.wgs84);
    // the inverse is iterative: nanodegrees off at best (here made sure of)
    const back = { ...trip, features: trip.features.map((f) => ({ ...f, geometry: { type: 'Polygon' as const, coordinates: (f.geometry.coordinates as number[][][]).map((r) => r.map((p) => [p[0] + 3e-9, p[1] - 2e-9])) } })) };
    expect(back.features[0].geometry).not.toEqual(stored[0].geometry);
    const welded = weldToStored(back, stored);
    expect(welded.features.map((f) => f.geometry)).toEqual(stored.map((g) => g.geometry));
    const plan = planImport(welded, stored, rowCommunity(), (c) => c);
    expect(plan).toMatchObject({ updated: 0, unchanged: 3, created: 0, retired: 0 });
    expect(plan.change).toEqual({ put: [], delete: [] });
    const after = welded.features.map((f, i) => ({ ...stored[i], geometry: f.geometry }));
    expect(buildBatch(stored, after)).toEqual({ update: [], create: [], retire: [] });
  });

  it('leaves vertices that are not on a stored one where they are', () => {
    const stored = row().features;
    const ring = stored[0].geometry.coordinates[0] as number[][];
    const moved = { ...row(), features: [{ ...stored[0], geometry: { type: 'Polygon' as const, coordinates: [ring.map((p) => [p[0] + 1e-6, p[1]])] } }] };
    expect(weldToStored(moved, stored).features[0].geometry).toEqual(moved.features[0].geometry);
  });
});
