import { describe, expect, it } from 'vitest';
import type { CommunitiesResponse, ConfigResponse, GridsResponse, ProblemsResponse, ZonesResponse } from '@wangge/geodata';
import { errorOf, tinyApp } from '../test/fixture.ts';

describe('reference routes', () => {
  const { app } = tinyApp();
  const get = async <T>(path: string) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

  it('reports health and the client configuration from the injected clock', async () => {
    expect(await get('/api/health')).toEqual({ ok: true, grids: 3 });
    const config = await get<ConfigResponse>('/api/config');
    expect(config).toEqual({ county: { code: '999999', name: '测试县' }, now: '2026-11-25T02:00:00.000Z', currentWeek: '2026-11-20', firstWeek: null, bbox: [100, 30, 100.02, 30.01], basemap: null });
  });

  it('lists grids with joined names and holding units, ordered by code', async () => {
    const grids = await get<GridsResponse>('/api/grids');
    expect(grids.features.map((f) => f.properties.code)).toEqual(['999999001001001', '999999001001002', '999999002001001']);
    expect(grids.features[0].properties).toMatchObject({ communityName: '甲社区', streetOfficeName: '东街道', areaName: '第一片区', unitNames: ['甲局', '乙局'], version: 1 });
    expect(grids.features[0].geometry.type).toBe('Polygon');
  });

  it('lists communities, zones and problems', async () => {
    const communities = await get<CommunitiesResponse>('/api/communities');
    expect(communities.features.map((f) => [f.properties.name, f.properties.streetOfficeName])).toEqual([['甲社区', '东街道'], ['乙社区', '西街道']]);
    const zones = await get<ZonesResponse>('/api/zones');
    expect(zones.features[0].properties).toEqual({ id: 'Z1', name: '测试农贸市场', kind: 'market', unitIds: ['U3', 'U1'], unitNames: ['市场监管局', '甲局'] });
    const problems = await get<ProblemsResponse>('/api/problems');
    expect(problems.features[0].properties).toMatchObject({ id: 'PR1', gridId: 'G1', gridCode: '999999001001001', createdAt: '2026-11-23T02:00:00.000Z' });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await app.request('/api/nope');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });
});
