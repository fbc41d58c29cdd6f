import { describe, expect, it } from 'vitest';
import type { BulletinResponse, BulletinUnit, StatusResponse } from '@wangge/geodata';
import { errorOf, loginAs, sqlExec, sqlRows, storeReport, tinyApp } from '../test/fixture.ts';

/** Monday 2026-11-23 13:00: week 11-20 was due at 12:00 and is open (72 h grace); 11-06 and 11-13 are closed. */
const MONDAY = '2026-11-23T13:00:00+08:00';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

async function history() {
  const ctx = await tinyApp(MONDAY, undefined, '2026-11-06');
  const { store } = ctx;
  // 11-06: U1/G1 on time, U2/G1 missing, U2/G2 late (due 11-09 12:00), U3/G3 on time
  await storeReport(store, 'U1', 'G1', '2026-11-06', '2026-11-07T10:00:00+08:00');
  await storeReport(store, 'U2', 'G2', '2026-11-06', '2026-11-10T10:00:00+08:00');
  await storeReport(store, 'U3', 'G3', '2026-11-06', '2026-11-08T10:00:00+08:00');
  // 11-13: U1/G1, U2/G1 and U2/G2 on time (due 11-16 12:00), U3/G3 missing
  await storeReport(store, 'U1', 'G1', '2026-11-13', '2026-11-14T10:00:00+08:00');
  await storeReport(store, 'U2', 'G1', '2026-11-13', '2026-11-14T11:00:00+08:00');
  await storeReport(store, 'U2', 'G2', '2026-11-13', '2026-11-16T09:00:00+08:00');
  // 11-20: U1/G1 on time, U2 late for both its grids, U3/G3 missing again (two weeks running)
  await storeReport(store, 'U1', 'G1', '2026-11-20', '2026-11-21T09:00:00+08:00');
  await storeReport(store, 'U2', 'G1', '2026-11-20', '2026-11-23T12:30:00+08:00');
  await storeReport(store, 'U2', 'G2', '2026-11-20', '2026-11-23T12:40:00+08:00');
  return ctx;
}

const get = (app: App, path: string, cookie?: string) => app.request(path, cookie ? { headers: { cookie } } : {});
const putComment = (app: App, cookie: string, week: string, text: unknown) =>
  app.request(`/api/bulletins/${week}/comment`, { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ text }) });

async function bulletinOf(app: App, week: string, cookie: string): Promise<BulletinResponse> {
  const res = await get(app, `/api/bulletins?week=${week}`, cookie);
  expect(res.status).toBe(200);
  return (await res.json()) as BulletinResponse;
}

/** The units GET /api/status names: missing when any of their grids is missing, late when any is late and none missing. */
async function statusUnits(app: App, week: string) {
  const status = (await (await get(app, `/api/status?week=${week}`)).json()) as StatusResponse;
  const statuses = new Map<string, Set<string>>();
  for (const g of status.grids) for (const u of g.units) statuses.set(u.unitId, (statuses.get(u.unitId) ?? new Set()).add(u.status));
  const ids = (test: (s: Set<string>) => boolean) => [...statuses].filter(([, s]) => test(s)).map(([id]) => id).sort();
  return { missing: ids((s) => s.has('missing')), late: ids((s) => s.has('late') && !s.has('missing')) };
}

const ids = (units: BulletinUnit[]) => units.map((u) => u.unitId).sort();
const grids = (u: BulletinUnit | undefined) => u?.grids.map((g) => `${g.code.slice(-3)}:${g.status}`);

describe('GET /api/bulletins (the weekly 通报)', () => {
  it('names exactly the units the status API says are late and missing, week by week', async () => {
    const { app } = await history();
    const leader = await loginAs(app, 'leader');
    for (const week of ['2026-11-06', '2026-11-13', '2026-11-20']) {
      const b = await bulletinOf(app, week, leader);
      const s = await statusUnits(app, week);
      expect({ missing: ids(b.missing), late: ids(b.late) }, week).toEqual(s);
    }
  });

  it('lists the open week per 片区 and street office, the escalations, overdue problems and both weeks\' on-time rates', async () => {
    const { app } = await history();
    const b = await bulletinOf(app, '2026-11-20', await loginAs(app, 'leader'));
    expect(b.issuer).toBe('县创文办');
    expect(b.countyName).toBe('测试县');
    expect(b.issuedAt).toBeNull();
    expect(b.asOf).toBe(new Date(MONDAY).toISOString());
    expect([ids(b.missing), ids(b.late), ids(b.onTime), ids(b.pending)]).toEqual([['U3'], ['U2'], ['U1'], []]);
    expect(grids(b.late[0])).toEqual(['001:late', '002:late']);
    expect(b.missing[0]).toMatchObject({ unitName: '市场监管局', contactName: '王五', contactPhone: '13800000003' });
    expect(b.byArea.map((g) => [g.name, ids(g.missing), ids(g.late), ids(g.onTime)])).toEqual([
      ['第一片区', [], ['U2'], ['U1']],
      ['第二片区', ['U3'], [], []],
    ]);
    expect(b.byStreetOffice.map((g) => [g.name, ids(g.missing), ids(g.late), ids(g.onTime)])).toEqual([
      ['东街道', [], ['U2'], ['U1']],
      ['西街道', ['U3'], [], []],
    ]);
    // U3 missed G3 on 11-13 and 11-20
    expect(b.escalated).toEqual([{ unitId: 'U3', unitName: '市场监管局', weeks: 2, grids: [{ gridId: 'G3', code: '999999002001001', name: '乙社区第1网格', weeks: 2 }] }]);
    // 4 (unit, grid) reports due: 1 on time; last week 3 of 4
    expect(b.thisWeek).toEqual({ onTime: 1, due: 4, rate: 0.25 });
    expect(b.lastWeek).toEqual({ week: '2026-11-13', onTime: 3, due: 4, rate: 0.75 });
    // PR1 (环境卫生, 24 h) was filed two days ago in G1, not yet assigned: its routed units U1 and U2 answer for it
    expect(b.overdueProblems.map((u) => [u.unitId, u.problems.map((p) => [p.id, p.overdueHours])])).toEqual([
      ['U1', [['PR1', 24]]],
      ['U2', [['PR1', 24]]],
    ]);
    expect(b.comment).toBeNull();
  });

  it('a closed week with a unit both missing and late names it once, under missing, with both grids', async () => {
    const { app } = await history();
    const b = await bulletinOf(app, '2026-11-06', await loginAs(app, 'inspector'));
    expect(b.issuedAt).toBe(new Date('2026-11-12T12:00:00+08:00').toISOString());
    expect([ids(b.missing), ids(b.late), ids(b.onTime)]).toEqual([['U2'], [], ['U1', 'U3']]);
    expect(grids(b.missing[0])).toEqual(['001:missing', '002:late']);
    // the deployment's first week: nothing before it to compare with
    expect(b.lastWeek).toEqual({ week: '2026-10-30', onTime: 0, due: 0, rate: null });
    expect(b.overdueProblems).toEqual([]);
  });

  it('answers a closed week from what was issued: later changes to units and problems leave it as it was', async () => {
    const { app, store } = await history();
    const leader = await loginAs(app, 'leader');
    const before = await bulletinOf(app, '2026-11-13', leader);
    expect(ids(before.missing)).toEqual(['U3']);
    await sqlExec(store, "update units set name = '改名局', contact_phone = '13999999999' where id = 'U3'");
    await sqlExec(store, "delete from week_closures where week = '2026-11-13'");
    expect(await bulletinOf(app, '2026-11-13', leader)).toEqual(before);
  });

  it('takes an admin\'s comment before the week closes, audited, and refuses it once issued', async () => {
    const { app, store } = await history();
    const admin = await loginAs(app, 'admin');
    const put = await putComment(app, admin, '2026-11-20', '  请各单位于周三前补报。 ');
    expect(put.status).toBe(200);
    expect(((await put.json()) as { comment: { text: string } }).comment.text).toBe('请各单位于周三前补报。');
    const b = await bulletinOf(app, '2026-11-20', await loginAs(app, 'leader'));
    expect(b.comment).toMatchObject({ text: '请各单位于周三前补报。', at: new Date(MONDAY).toISOString() });
    expect((await putComment(app, admin, '2026-11-20', '第二稿')).status).toBe(200);
    const trail = await sqlRows<{ action: string; entity_id: string }>(store, "select action, entity_id from audit_events where entity = 'bulletin' order by id");
    expect(trail).toEqual([
      { action: 'comment', entity_id: '2026-11-20' },
      { action: 'comment', entity_id: '2026-11-20' },
    ]);
    const closed = await putComment(app, admin, '2026-11-13', '太迟了');
    expect(closed.status).toBe(409);
    expect((await errorOf(closed)).code).toBe('bulletin_issued');
    expect((await putComment(app, admin, '2026-11-27', '未来')).status).toBe(400);
    expect((await putComment(app, admin, '2026-11-20', 42)).status).toBe(400);
    expect((await putComment(app, admin, '2026-11-20', 'x'.repeat(2001))).status).toBe(400);
    expect((await putComment(app, await loginAs(app, 'leader'), '2026-11-20', '领导')).status).toBe(403);
  });

  it('is for staff only, and names a bad week or format', async () => {
    const { app } = await history();
    expect((await get(app, '/api/bulletins?week=2026-11-20')).status).toBe(401);
    expect((await get(app, '/api/bulletins?week=2026-11-20', await loginAs(app, 'reporter-u1'))).status).toBe(403);
    const leader = await loginAs(app, 'leader');
    const badWeek = await get(app, '/api/bulletins?week=2026-11-19', leader);
    expect(badWeek.status).toBe(400);
    const badFormat = await get(app, '/api/bulletins?week=2026-11-20&format=odt', leader);
    expect(badFormat.status).toBe(400);
    expect((await errorOf(badFormat)).message).toContain('format "odt"');
  });
});
