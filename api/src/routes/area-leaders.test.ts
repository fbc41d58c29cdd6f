import { describe, expect, it } from 'vitest';
import type { AreaLeadersResponse, AreaRoster, AuditResponse, LocateResponse } from '@wangge/geodata';
import { errorOf, loginAs, tinyApp } from '../test/fixture.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

const put = (app: App, cookie: string, areaId: string, body: unknown) =>
  app.request(`/api/areas/${areaId}/leader`, { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
/** G1 (area A1) */
const locate = async (app: App, at?: string) => ((await (await app.request(`/api/locate?lon=100.002&lat=30.002${at ? `&at=${at}` : ''}`)).json()) as LocateResponse).area;

describe('片区 leaders with their dates', () => {
  it('records who led a 片区 from when to when; locate answers the leader of the day asked', async () => {
    const { app } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    // before any dated leader: the one the area was loaded with
    expect(await locate(app)).toMatchObject({ id: 'A1', leaderTitle: '副县长', leaderPhone: '13900000001' });
    expect((await locate(app))?.leaderName).toBeUndefined();

    const res = await put(app, planner, 'A1', { from: '2026-11-01', name: '周某', title: '县委常委', phone: '13911112222' });
    expect(res.status).toBe(200);
    const area = (await res.json()) as AreaRoster;
    expect(area.leader).toMatchObject({ name: '周某', title: '县委常委', from: '2026-11-01', to: null });
    expect(area.history.map((h) => [h.title, h.from, h.to])).toEqual([
      ['副县长', null, '2026-11-01'],
      ['县委常委', '2026-11-01', null],
    ]);
    expect(await locate(app, '2026-10-20')).toMatchObject({ leaderTitle: '副县长', leaderPhone: '13900000001' });
    expect(await locate(app, '2026-11-20')).toMatchObject({ leaderTitle: '县委常委', leaderPhone: '13911112222', leaderName: '周某' });
    // today (2026-11-25) the area itself names the new leader too
    expect(((await (await app.request('/api/areas')).json()) as { id: string; leaderTitle: string }[]).find((a) => a.id === 'A1')?.leaderTitle).toBe('县委常委');

    // a later change ends the open period; the list answers as of any day
    expect((await put(app, planner, 'A1', { from: '2026-12-01', name: '吴某', title: '副县长', phone: '0857-4221234' })).status).toBe(200);
    const onDay = (await (await app.request('/api/area-leaders?at=2026-11-15', { headers: { cookie: planner } })).json()) as AreaLeadersResponse;
    expect(onDay.areas.find((a) => a.areaId === 'A1')?.leader).toMatchObject({ name: '周某', to: '2026-12-01' });
    expect(await locate(app, '2026-12-05')).toMatchObject({ leaderName: '吴某' });
    const trail = ((await (await app.request('/api/audit?q=area-leader', { headers: { cookie: await loginAs(app, 'admin') } })).json()) as AuditResponse).entries;
    expect(trail.map((e) => [e.entityId, (e.after as { name: string }).name])).toEqual([
      ['A1', '吴某'],
      ['A1', '周某'],
    ]);
  });

  it('refuses a bad phone, a period ending before it starts, an overlap with an ended period, unknown 片区 and other roles', async () => {
    const { app } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const ok = { from: '2026-11-01', to: '2026-11-10', name: '周某', title: '县委常委', phone: '13911112222' };
    expect((await put(app, planner, 'A1', ok)).status).toBe(200);
    const cases: [unknown, number, string, string][] = [
      [{ ...ok, from: '2026-12-01', to: null, phone: '123' }, 400, 'bad_phone', 'phone'],
      [{ ...ok, from: '2026-12-01', to: '2026-11-30' }, 400, 'bad_period', 'to'],
      [{ ...ok, from: '2026-12-01', to: null, name: ' ' }, 400, 'bad_field', 'name'],
      [{ ...ok, from: '2026-10-25', to: '2026-11-05' }, 409, 'overlapping_period', 'from'],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await put(app, planner, 'A1', body);
      expect([res.status, await res.json()]).toMatchObject([status, { error: { code, details: { field } } }]);
    }
    expect((await put(app, planner, 'A9', ok)).status).toBe(404);
    const leader = await put(app, await loginAs(app, 'leader'), 'A1', ok);
    expect([leader.status, (await errorOf(leader)).code]).toEqual([403, 'forbidden']);
  });
});
