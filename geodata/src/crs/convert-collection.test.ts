import { describe, expect, it } from 'vitest';
import { dafang } from '../dafang.ts';
import { deepFreeze } from '../test/coverage-fixtures.ts';
import { expectCleanCoverage, vertexKeys } from '../test/edit-fixtures.ts';
import { gcj02ToBd09 } from './bd09.ts';
import { convertCollection, convertPosition, CRS, isCrs } from './convert-collection.ts';
import { wgs84ToGcj02 } from './gcj02.ts';

const grids = dafang.grids;
const positions = (fc: typeof grids) => fc.features.flatMap((f) => f.geometry.coordinates.flat(1) as number[][]);

describe('convertCollection', () => {
  it('converts every position and keeps ids and properties, without touching the input', () => {
    const frozen = deepFreeze(structuredClone(grids));
    const gcj = convertCollection(frozen, CRS.wgs84, CRS.gcj02);
    expect(gcj.features.map((f) => f.properties)).toEqual(grids.features.map((f) => f.properties));
    const [p] = positions(grids);
    expect(positions(gcj)[0]).toEqual(wgs84ToGcj02(p));
    expect(convertCollection(frozen, CRS.wgs84, CRS.bd09).features[0].geometry.coordinates[0][0]).toEqual(gcj02ToBd09(wgs84ToGcj02(p)));
  });

  it('round-trips Dafang through GCJ-02 and BD-09 to < 1e-6° (in fact < 1e-9°)', () => {
    for (const crs of [CRS.gcj02, CRS.bd09]) {
      const back = convertCollection(convertCollection(grids, CRS.wgs84, crs), crs, CRS.wgs84);
      const a = positions(grids);
      const b = positions(back);
      let worst = 0;
      a.forEach((p, i) => (worst = Math.max(worst, Math.abs(p[0] - b[i][0]), Math.abs(p[1] - b[i][1]))));
      expect(worst).toBeLessThan(1e-9);
    }
  });

  it('keeps shared vertices shared, so the converted grids are still a clean coverage', () => {
    const gcj = convertCollection(grids, CRS.wgs84, CRS.gcj02);
    expectCleanCoverage(gcj.features);
    const a = vertexKeys(gcj.features[0]);
    const before = vertexKeys(grids.features[0]);
    const sharedBefore = grids.features.slice(1).filter((f) => [...vertexKeys(f)].some((k) => before.has(k))).length;
    const sharedAfter = gcj.features.slice(1).filter((f) => [...vertexKeys(f)].some((k) => a.has(k))).length;
    expect(sharedAfter).toBe(sharedBefore);
  });

  it('converts positions directly between GCJ-02 and BD-09, and knows its names', () => {
    expect(convertPosition([116.404, 39.915], CRS.gcj02, CRS.bd09)).toEqual(gcj02ToBd09([116.404, 39.915]));
    expect(convertPosition([1, 2], CRS.wgs84, CRS.wgs84)).toEqual([1, 2]);
    expect(isCrs('gcj02')).toBe(true);
    expect(isCrs('epsg:3857')).toBe(false);
  });
});
