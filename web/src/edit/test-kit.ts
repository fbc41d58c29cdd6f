import type { Position } from 'geojson';
import type { CommunitiesResponse, GridsResponse } from '@wangge/geodata';
import type { EditGrid } from './types.ts';

/**
 * Test kit for the edit view: grids laid out in metres near Dafang, with the API's properties,
 * deep-frozen so any code that mutates its input fails.
 */
const ORIGIN: Position = [105.6, 27.1];
const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON = 111_320 * Math.cos((ORIGIN[1] * Math.PI) / 180);

export const at = (x: number, y: number): Position => [ORIGIN[0] + x / M_PER_DEG_LON, ORIGIN[1] + y / M_PER_DEG_LAT];

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const closed = (pts: [number, number][]) => [...pts.map(([x, y]) => at(x, y)), at(...pts[0])];

export function grid(id: string, pts: [number, number][], props: Partial<EditGrid['properties']> = {}): EditGrid {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [closed(pts)] },
    properties: {
      id,
      code: `520521001001${id.replace(/\D/g, '').padStart(3, '0')}`,
      name: `网格 ${id}`,
      communityId: 'c1',
      communityName: '城中社区',
      streetOfficeId: 's1',
      streetOfficeName: '红旗街道',
      areaId: 'area-1',
      areaName: '第一片区',
      unitIds: ['u1'],
      unitNames: ['县委办'],
      version: 3,
      ...props,
    },
  };
}

/** Three 100 m squares in a row, g1 | g2 | g3, sharing the edges x = 100 and x = 200. */
export function row(): GridsResponse {
  return deepFreeze({
    type: 'FeatureCollection',
    features: [
      grid('g1', [[0, 0], [100, 0], [100, 100], [0, 100]]),
      grid('g2', [[100, 0], [200, 0], [200, 100], [100, 100]]),
      grid('g3', [[200, 0], [300, 0], [300, 100], [200, 100]]),
    ],
  });
}

/** The community the row fills exactly. */
export function rowCommunity(): CommunitiesResponse {
  return deepFreeze({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [closed([[0, 0], [300, 0], [300, 100], [0, 100]])] },
        properties: { id: 'c1', code: '520521001001', name: '城中社区', streetOfficeId: 's1', streetOfficeName: '红旗街道', streetOfficeGuessed: false, gridded: true },
      },
    ],
  });
}
