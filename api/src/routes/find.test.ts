import { describe, expect, it } from 'vitest';
import type { FindResponse } from '@wangge/geodata';
import { loginAs, tinyApp } from '../test/fixture.ts';

const find = async (app: Awaited<ReturnType<typeof tinyApp>>['app'], q: string) => (await (await app.request(`/api/find?q=${encodeURIComponent(q)}`)).json()) as FindResponse;

describe('GET /api/find', () => {
  it('finds people in post by name or by four or more digits of their phone, with their grid', async () => {
    const { app } = await tinyApp();
    expect((await find(app, '管理员1')).people).toEqual([{ name: '管理员1', phone: '13700000001', role: 'manager', gridId: 'G2', gridCode: '999999001001002', gridName: '甲社区第2网格' }]);
    expect((await find(app, '0000002')).people.map((p) => [p.name, p.gridId])).toEqual([
      ['管理员2', 'G3'],
      ['监督员2甲', 'G3'],
      ['监督员2乙', 'G3'],
    ]);
    // three digits are too few to mean a phone
    expect((await find(app, '000')).people).toEqual([]);
  });

  it('answers who is in post today: a replaced manager is no longer found', async () => {
    const { app } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const res = await app.request('/api/grids/G1/people', {
      method: 'PUT',
      headers: { cookie: planner, 'content-type': 'application/json' },
      body: JSON.stringify({ from: '2026-11-25', manager: { name: '新管理员', phone: '13912340000' }, supervisors: [] }),
    });
    expect(res.status).toBe(200);
    expect((await find(app, '管理员0')).people).toEqual([]);
    expect((await find(app, '新管理员')).people.map((p) => p.gridId)).toEqual(['G1']);
  });

  it('finds places by name with the middle of their extent, and nothing for an empty query', async () => {
    const { app } = await tinyApp();
    const { places } = await find(app, '农贸');
    expect(places.map((p) => [p.id, p.name, p.kind])).toEqual([['Z1', '测试农贸市场', 'market']]);
    expect(places[0].center[0]).toBeCloseTo(100.005, 9);
    expect(places[0].center[1]).toBeCloseTo(30.005, 9);
    expect(await find(app, ' ')).toEqual({ people: [], places: [] });
  });
});
