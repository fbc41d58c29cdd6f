import { describe, expect, it } from 'vitest';
import type { CommunitiesResponse, GridsResponse } from '@wangge/geodata';
import { localPlace } from './local-place.ts';

const ring = (x: number, y: number, s: number) => [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]];
const grids = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: ring(105, 27, 0.01) }, properties: { id: 'g1', code: '520521001001001', name: '城北社区第1网格', communityName: '城北社区' } }],
} as unknown as GridsResponse;
const communities = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: ring(105, 27, 0.05) }, properties: { id: 'c1', code: '520521001001', name: '城北社区', streetOfficeId: 's1', streetOfficeName: '红旗街道' } }],
} as unknown as CommunitiesResponse;

describe('localPlace', () => {
  it('names the grid and community holding the pin', () => {
    const place = localPlace(grids, communities, 105.005, 27.005);
    expect([place.grid?.id, place.community?.name, place.streetOffice?.name]).toEqual(['g1', '城北社区', '红旗街道']);
  });

  it('names the community outside the grids, and nothing outside the communities or without data', () => {
    expect(localPlace(grids, communities, 105.03, 27.03)).toMatchObject({ grid: null, community: { id: 'c1' } });
    expect(localPlace(grids, communities, 106, 27)).toEqual({ grid: null, community: null, streetOffice: null });
    expect(localPlace(null, null, 105.005, 27.005)).toEqual({ grid: null, community: null, streetOffice: null });
  });
});
