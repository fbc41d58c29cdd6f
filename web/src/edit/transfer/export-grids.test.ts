import { describe, expect, it } from 'vitest';
import { geojson, kml, shapefile, wgs84ToGcj02 } from '@wangge/geodata';
import { row } from '../test-kit.ts';
import { exportGrids } from './export-grids.ts';

describe('exportGrids', () => {
  const grids = row().features;

  it('writes GeoJSON with codes, communities and units that reads back the same', () => {
    const file = exportGrids(grids, 'geojson', 'wgs84', '大方县网格');
    expect(file.fileName).toBe('大方县网格.geojson');
    const back = geojson.read(file.bytes);
    expect(back.features.map((f) => f.properties)).toEqual(
      grids.map((g) => ({
        id: g.properties.id,
        code: g.properties.code,
        name: g.properties.name,
        communityId: 'c1',
        communityName: '城中社区',
        streetOfficeName: '红旗街道',
        areaId: 'area-1',
        areaName: '第一片区',
        unitIds: ['u1'],
        unitNames: ['县委办'],
      })),
    );
    expect(back.features[0].geometry).toEqual(grids[0].geometry);
  });

  it('converts to GCJ-02 on request and says so in the file name', () => {
    const file = exportGrids(grids, 'kml', 'gcj02', 'grids');
    expect(file.fileName).toBe('grids-gcj02.kml');
    const first = kml.read(file.bytes).features[0].geometry.coordinates[0][0] as number[];
    const expected = wgs84ToGcj02(grids[0].geometry.coordinates[0][0] as number[]);
    expect(first[0]).toBeCloseTo(expected[0], 7);
    expect(first[1]).toBeCloseTo(expected[1], 7);
  });

  it('writes a zipped Shapefile whose table keeps the unit lists', () => {
    const file = exportGrids(grids, 'shapefile', 'wgs84', 'grids');
    expect(file.fileName).toBe('grids.zip');
    const back = shapefile.read(file.bytes);
    expect(back.features).toHaveLength(3);
    expect(back.features[1].properties).toMatchObject({ code: grids[1].properties.code, communityName: '城中社区', unitIds: ['u1'] });
  });
});
