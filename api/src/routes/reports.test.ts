import { describe, expect, it } from 'vitest';
import type { StatusResponse } from '@wangge/geodata';
import { errorOf, loginAs, sqlRow, jsonOf, sqlRows, tinyApp } from '../test/fixture.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];
const WEEK = '2026-11-20';

function post(app: App, cookie: string | null, body: unknown) {
  return app.request('/api/reports', { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
}

async function gridStatus(app: App, gridId: string) {
  const body = (await (await app.request(`/api/status?week=${WEEK}`)).json()) as StatusResponse;
  return body.grids.find((g) => g.gridId === gridId)!.status;
}

describe('POST /api/reports', () => {
  it('stores a reporter’s report for its own grid, on time before Monday noon, and the map follows', async () => {
    const { app } = await tinyApp('2026-11-23T11:00:00+08:00');
    expect(await gridStatus(app, 'G2')).toBe('pending');
    const cookie = await loginAs(app, 'reporter-u2');
    const res = await post(app, cookie, { gridId: 'G2', week: WEEK, participants: 4, hours: 2, activities: ['环境卫生'], problemsFound: 3, problemsFixed: 2, content: '清理卫生死角' });
    expect(res.status).toBe(201);
    const report = await res.json();
    expect(report).toMatchObject({ unitId: 'U2', gridId: 'G2', week: WEEK, status: 'on_time', revision: 1, submittedAt: '2026-11-23T03:00:00.000Z' });
    expect(await gridStatus(app, 'G2')).toBe('on_time');
  });

  it('marks a report after the deadline late, and keeps the first submission time across edits', async () => {
    const { app, store } = await tinyApp('2026-11-23T12:00:01+08:00');
    const cookie = await loginAs(app, 'reporter-u3');
    const first = await post(app, cookie, { gridId: 'G3', week: WEEK, content: 'v1' });
    expect(first.status).toBe(201);
    expect(((await first.json()) as { status: string }).status).toBe('late');
    const edit = await post(app, cookie, { gridId: 'G3', week: WEEK, content: 'v2', revision: 1 });
    expect(edit.status).toBe(200);
    const edited = await edit.json();
    expect(edited).toMatchObject({ content: 'v2', revision: 2, submittedAt: '2026-11-23T04:00:01.000Z' });
    const kept = await sqlRows<{ revision: number; data: unknown }>(store, 'select revision, data from report_revisions');
    expect(kept).toHaveLength(1);
    expect(jsonOf(kept[0].data)).toMatchObject({ content: 'v1' });
    const stale = await post(app, cookie, { gridId: 'G3', week: WEEK, content: 'v3', revision: 1 });
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).message).toContain('now revision 2');
  });

  it('refuses a submission before the week opens, saying when it opens', async () => {
    const { app } = await tinyApp('2026-11-20T15:59:59+08:00');
    const res = await post(app, await loginAs(app, 'reporter-u1'), { gridId: 'G1', week: WEEK });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('reports for week 2026-11-20 open on Friday 2026-11-20 16:00 (Asia/Shanghai)');
  });

  it('refuses grids the unit does not hold, unknown grids and bad fields, writing nothing', async () => {
    const { app, store } = await tinyApp();
    const cookie = await loginAs(app, 'reporter-u1');
    const cases: [unknown, number, string][] = [
      [{ gridId: 'G3', week: WEEK }, 403, '甲局 does not hold grid 999999002001001'],
      [{ gridId: 'NOPE', week: WEEK }, 404, 'grid "NOPE" does not exist'],
      [{ gridId: 'G1', week: '2026-11-21' }, 400, 'is a Saturday'],
      [{ gridId: 'G1' }, 400, 'week is required'],
      [{ week: WEEK }, 400, 'gridId is required'],
      [{ gridId: 'G1', week: WEEK, participants: 'many' }, 400, 'participants must be a number'],
      [{ gridId: 'G1', week: WEEK, activities: ['跳舞'] }, 400, 'activities has unknown values: 跳舞'],
      [{ gridId: 'G1', week: WEEK, problemsFound: 1, problemsFixed: 2 }, 400, 'cannot exceed'],
      [{ gridId: 'G1', week: WEEK, unitId: 'U3' }, 400, 'own unit only'],
    ];
    for (const [body, status, message] of cases) {
      const res = await post(app, cookie, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect((await errorOf(res)).message).toContain(message);
    }
    expect(await sqlRow(store, 'select count(*) as n from weekly_reports')).toEqual({ n: 0 });
  });

  it('lets only reporters and admins submit', async () => {
    const { app } = await tinyApp();
    expect((await post(app, null, { gridId: 'G1', week: WEEK })).status).toBe(401);
    for (const role of ['planner', 'leader', 'inspector']) {
      const res = await post(app, await loginAs(app, role), { gridId: 'G1', week: WEEK });
      expect(res.status, role).toBe(403);
    }
    const admin = await loginAs(app, 'admin');
    expect((await post(app, admin, { gridId: 'G1', week: WEEK })).status).toBe(400);
    expect((await post(app, admin, { gridId: 'G1', week: WEEK, unitId: 'U2' })).status).toBe(201);
  });

  it('lists a reporter only its own unit’s reports', async () => {
    const { app } = await tinyApp();
    const u1 = await loginAs(app, 'reporter-u1');
    const u2 = await loginAs(app, 'reporter-u2');
    await post(app, u1, { gridId: 'G1', week: WEEK });
    await post(app, u2, { gridId: 'G1', week: WEEK });
    const mine = (await (await app.request(`/api/reports?week=${WEEK}`, { headers: { cookie: u1 } })).json()) as { unitId: string }[];
    expect(mine.map((r) => r.unitId)).toEqual(['U1']);
    const all = (await (await app.request(`/api/reports?week=${WEEK}`, { headers: { cookie: await loginAs(app, 'leader') } })).json()) as unknown[];
    expect(all).toHaveLength(2);
  });
});
