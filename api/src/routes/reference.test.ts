import { beforeAll, describe, expect, it } from 'vitest';
import type { AreasResponse, CommunitiesResponse, ConfigResponse, GridsResponse, ProblemsResponse, UnitsResponse, ZonesResponse } from '@wangge/geodata';
import { errorOf, tinyApp } from '../test/fixture.ts';

describe('reference routes', () => {
  let ctx: Awaited<ReturnType<typeof tinyApp>>;
  beforeAll(async () => {
    ctx = await tinyApp();
  });
  const get = async <T>(path: string) => {
    const res = await ctx.app.request(path);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

  it('reports health and the client configuration from the injected clock', async () => {
    expect(await get('/api/health')).toEqual({ ok: true, grids: 3 });
    const config = await get<ConfigResponse>('/api/config');
    expect(config).toEqual({ county: { code: '999999', name: '测试县' }, now: '2026-11-25T02:00:00.000Z', currentWeek: '2026-11-20', firstWeek: '2026-11-13', closeGraceHours: 72, bbox: [100, 30, 100.02, 30.01], basemap: null });
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

  it('lists every unit and 片区, also those that hold no grid yet', async () => {
    const { store } = ctx;
    await store.db.insert(store.t.units).values({ id: 'U9', name: '丙局', contactName: '赵六', contactPhone: '13800000009' });
    await store.db.insert(store.t.areas).values({ id: 'A3', name: '第三片区', leaderTitle: '县人大副主任', leaderPhone: '13900000003' });
    const units = await get<UnitsResponse>('/api/units');
    // by name as SQLite compares text, by UTF-8 bytes: 丙 e4b899 < 乙 e4b999 < 市 e5b882 < 甲 e794b2
    expect(units.map((u) => u.id)).toEqual(['U9', 'U2', 'U3', 'U1']);
    expect(units[0]).toEqual({ id: 'U9', name: '丙局', contactName: '赵六', contactPhone: '13800000009' });
    const areas = await get<AreasResponse>('/api/areas');
    expect(areas.map((a) => [a.id, a.name])).toEqual([['A1', '第一片区'], ['A2', '第二片区'], ['A3', '第三片区']]);
    expect(areas[0]).toEqual({ id: 'A1', name: '第一片区', leaderTitle: '副县长', leaderPhone: '13900000001' });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await ctx.app.request('/api/nope');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });
});
