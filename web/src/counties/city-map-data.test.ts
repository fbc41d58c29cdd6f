import { describe, expect, it } from 'vitest';
import { STATUS_COLORS, type CityMapResponse, type CityStatusResponse } from '@wangge/geodata';
import { cityAreas } from './city-map-data.ts';

const square = (w: number) => ({ type: 'Polygon' as const, coordinates: [[[w, 30], [w + 1, 30], [w + 1, 31], [w, 31], [w, 30]]] });
const outlines: CityMapResponse = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'a', geometry: square(100), properties: { countyId: 'a', code: '520521', name: '大方县' } },
    { type: 'Feature', id: 'b', geometry: square(101), properties: { countyId: 'b', code: '520598', name: '示例东县' } },
    { type: 'Feature', id: 'c', geometry: square(102), properties: { countyId: 'c', code: '520597', name: '示例西县' } },
  ],
};
const counts = { on_time: 0, late: 0, missing: 0, pending: 0, not_due: 0, exempt: 0 };
const status: CityStatusResponse = {
  week: '2026-11-20',
  counties: [
    { countyId: 'a', code: '520521', name: '大方县', closed: true, notStarted: false, grids: 30, counts: { ...counts, on_time: 27, missing: 3 }, onTimeShare: 0.9 },
    { countyId: 'b', code: '520598', name: '示例东县', closed: true, notStarted: false, grids: 32, counts: { ...counts, on_time: 1, missing: 3 }, onTimeShare: 0.25 },
  ],
};

describe('cityAreas', () => {
  it("colours each county by its share and labels it with name and percentage; a county without figures as nothing due", () => {
    const areas = cityAreas(outlines, status, '无应报');
    expect(areas.features.map((f) => [f.properties.countyId, f.properties.colour, f.properties.label])).toEqual([
      ['a', STATUS_COLORS.on_time, '大方县\n90%'],
      ['b', STATUS_COLORS.missing, '示例东县\n25%'],
      ['c', STATUS_COLORS.not_due, '示例西县\n无应报'],
    ]);
    expect(areas.features[1]!.geometry).toBe(outlines.features[1]!.geometry);
  });
});
