import { describe, expect, it } from 'vitest';
import type { ConfigResponse, GridDetailResponse, GridsResponse, OverdueResponse, ProblemDetailResponse, StatusResponse, TrendsResponse } from '@wangge/geodata';
import { errorOf, loginAs, rect, storeReport, tinyApp } from '../test/fixture.ts';

/** Monday 2026-11-23 10:30: the week of Friday 2026-11-20 is due at 12:00 today; 11-06 and 11-13 are closed. */
const MONDAY = '2026-11-23T10:30:00+08:00';
const WEEKS = ['2026-11-06', '2026-11-13', '2026-11-20'];

type App = Awaited<ReturnType<typeof tinyApp>>['app'];
const getJson = async <T>(app: App, path: string, cookie?: string) => {
  const res = await app.request(path, cookie ? { headers: { cookie } } : {});
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};
const send = (app: App, cookie: string, method: string, path: string, body: unknown) =>
  app.request(path, { method, headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Everything a meeting may have been shown about the weeks so far, as text. */
async function figures(app: App, cookie: string): Promise<string> {
  const out: unknown[] = [];
  for (const week of WEEKS) {
    out.push(await getJson<StatusResponse>(app, `/api/status?week=${week}`));
    out.push(await getJson<OverdueResponse>(app, `/api/overdue?week=${week}`, cookie));
    out.push(await getJson<GridsResponse>(app, `/api/grids?week=${week}`));
    out.push(await (await app.request(`/api/status-table?week=${week}&format=csv`, { headers: { cookie } })).text());
  }
  for (const by of ['overall', 'streetOffice', 'area', 'unit']) out.push(await getJson<TrendsResponse>(app, `/api/trends?week=2026-11-20&weeks=4&by=${by}`, cookie));
  return JSON.stringify(out);
}

async function history() {
  const ctx = await tinyApp(MONDAY, undefined, '2026-11-06');
  const { store } = ctx;
  await storeReport(store, 'U1', 'G1', '2026-11-06', '2026-11-07T10:00:00+08:00');
  await storeReport(store, 'U2', 'G2', '2026-11-06', '2026-11-10T10:00:00+08:00');
  await storeReport(store, 'U3', 'G3', '2026-11-06', '2026-11-08T10:00:00+08:00');
  await storeReport(store, 'U1', 'G1', '2026-11-13', '2026-11-14T10:00:00+08:00');
  await storeReport(store, 'U2', 'G1', '2026-11-13', '2026-11-14T11:00:00+08:00');
  await storeReport(store, 'U2', 'G2', '2026-11-13', '2026-11-16T09:00:00+08:00');
  await storeReport(store, 'U1', 'G1', '2026-11-20', '2026-11-21T09:00:00+08:00');
  return ctx;
}

describe('numbers that hold up in a meeting', () => {
  it('a split, a merge and a reshape on a Monday leave every earlier figure exactly as it was', async () => {
    const { app } = await history();
    const leader = await loginAs(app, 'leader');
    const planner = await loginAs(app, 'planner');
    const before = await figures(app, leader);

    // split G1 (west half of 甲社区) into G1 and G4
    const split = await send(app, planner, 'POST', '/api/grids/batch', {
      update: [{ id: 'G1', version: 1, geometry: rect(100, 30, 100.0025, 30.01) }],
      create: [{ id: 'G4', code: '999999001001003', name: '甲社区第3网格', communityId: 'C1', areaId: 'A1', unitIds: ['U2'], geometry: rect(100.0025, 30, 100.005, 30.01) }],
    });
    expect(split.status).toBe(200);
    expect(((await split.json()) as { effectiveWeek: string }).effectiveWeek).toBe('2026-11-27');
    // merge G4 into G2, G2 taking both grids' units
    const merge = await send(app, planner, 'POST', '/api/grids/batch', {
      update: [{ id: 'G2', version: 1, geometry: rect(100.0025, 30, 100.01, 30.01), unitIds: ['U2'] }],
      retire: [{ id: 'G4', version: 1 }],
    });
    expect(merge.status).toBe(200);
    // reshape: the G1/G2 edge moves back east
    const reshape = await send(app, planner, 'POST', '/api/grids/batch', {
      update: [
        { id: 'G1', version: 2, geometry: rect(100, 30, 100.004, 30.01) },
        { id: 'G2', version: 2, geometry: rect(100.004, 30, 100.01, 30.01) },
      ],
    });
    expect(reshape.status).toBe(200);

    expect(await figures(app, leader)).toBe(before);
    // the running week keeps its layout: no new grid is 待报 an hour and a half before the deadline
    const running = await getJson<StatusResponse>(app, '/api/status?week=2026-11-20');
    expect(running.grids.map((g) => [g.gridId, g.status])).toEqual([['G1', 'pending'], ['G2', 'pending'], ['G3', 'pending']]);
    // from next week the new layout holds: G4 came and went, G1 and G2 in their new shapes
    const next = await getJson<GridsResponse>(app, '/api/grids?week=2026-11-27');
    expect(next.features.map((f) => [f.id, f.properties.version])).toEqual([['G1', 3], ['G2', 3], ['G3', 1]]);
    expect(next.features[0].geometry).toEqual(rect(100, 30, 100.004, 30.01));
  });

  it('freezes a closed week: no late report, no exemption changes it', async () => {
    const { app } = await history();
    const admin = await loginAs(app, 'admin');
    const frozen = await getJson<StatusResponse>(app, '/api/status?week=2026-11-13');
    expect(frozen.closedAt).toBe('2026-11-19T04:00:00.000Z');
    expect(frozen.grids.map((g) => [g.gridId, g.status])).toEqual([['G1', 'on_time'], ['G2', 'on_time'], ['G3', 'missing']]);
    const late = await send(app, await loginAs(app, 'reporter-u3'), 'POST', '/api/reports', { gridId: 'G3', week: '2026-11-13', content: '补报' });
    expect(late.status).toBe(409);
    expect(await errorOf(late)).toMatchObject({ code: 'week_closed', message: 'week 2026-11-13 closed on 2026-11-19 12:00 (Asia/Shanghai): its figures are final and can no longer change' });
    expect((await send(app, admin, 'POST', '/api/exempt-weeks', { week: '2026-11-13', reason: '补假' })).status).toBe(409);
    expect(await getJson<StatusResponse>(app, '/api/status?week=2026-11-13')).toEqual({ ...frozen, now: frozen.now });
    // the grace is the admin's to set, for weeks not closed yet
    expect((await send(app, admin, 'PUT', '/api/close-grace-hours', { hours: 200 })).status).toBe(400);
    expect((await send(app, admin, 'PUT', '/api/close-grace-hours', { hours: 24 })).status).toBe(200);
    expect((await getJson<StatusResponse>(app, '/api/status?week=2026-11-20')).closesAt).toBe('2026-11-24T04:00:00.000Z');
  });

  it('offers no week before the first, and calls such a week not started rather than missing', async () => {
    const { app } = await history();
    expect((await getJson<ConfigResponse>(app, '/api/config')).firstWeek).toBe('2026-11-06');
    const early = await getJson<StatusResponse>(app, '/api/status?week=2026-10-30');
    expect(early).toMatchObject({ notStarted: true, grids: [], counts: { missing: 0, late: 0, on_time: 0 } });
    const panel = await getJson<GridDetailResponse>(app, '/api/grids/G3?week=2026-11-20');
    expect(panel.history.map((h) => h.status)).toEqual([null, null, null, null, null, 'on_time', 'missing', 'pending']);
  });

  it('lists who is still to report, with contacts and phones, before the deadline', async () => {
    const { app } = await history();
    const body = await getJson<OverdueResponse>(app, '/api/overdue?week=2026-11-20', await loginAs(app, 'leader'));
    expect(body.rows).toEqual([]);
    expect(body.pending.map((r) => [r.unitName, r.contactPhone, r.gridCode, r.status])).toEqual([
      ['乙局', '13800000002', '999999001001001', 'pending'],
      ['乙局', '13800000002', '999999001001002', 'pending'],
      ['市场监管局', '13800000003', '999999002001001', 'pending'],
    ]);
  });

  it('counts a run of missed weeks per grid, and none on a late row', async () => {
    const { app } = await tinyApp('2026-11-25T10:00:00+08:00', undefined, '2026-11-06');
    const body = await getJson<OverdueResponse>(app, '/api/overdue?week=2026-11-20', await loginAs(app, 'leader'));
    expect(body.rows.find((r) => r.gridId === 'G3')?.missedRun).toBe(3);
  });

  it('carries units through a merge, or asks before letting them go', async () => {
    const { app } = await history();
    const planner = await loginAs(app, 'planner');
    const dropping = await send(app, planner, 'POST', '/api/grids/batch', {
      update: [{ id: 'G1', version: 1, geometry: rect(100, 30, 100.01, 30.01), unitIds: ['U1'] }],
      retire: [{ id: 'G2', version: 1 }],
    });
    expect(dropping.status).toBe(422);
    expect(await errorOf(dropping)).toMatchObject({ code: 'units_dropped', details: { dropped: [{ gridId: 'G2', code: '999999001001002', unitIds: ['U2'] }] } });
    const union = await send(app, planner, 'POST', '/api/grids/batch', {
      update: [{ id: 'G1', version: 1, geometry: rect(100, 30, 100.01, 30.01), unitIds: ['U1', 'U2'] }],
      retire: [{ id: 'G2', version: 1 }],
    });
    expect(union.status).toBe(200);
    const next = await getJson<StatusResponse>(app, '/api/status?week=2026-11-27');
    expect(next.grids.map((g) => [g.gridId, g.units.map((u) => u.unitId)])).toEqual([['G1', ['U1', 'U2']], ['G3', ['U3']]]);
  });

  it('moves an open problem of a merged grid to the grid now at its place, with a step saying so', async () => {
    const { app } = await history();
    const inspector = await loginAs(app, 'inspector');
    const filed = (await (await send(app, inspector, 'POST', '/api/problems', { lon: 100.008, lat: 30.002, category: '环境卫生', description: '垃圾' })).json()) as ProblemDetailResponse;
    expect(filed.grid?.id).toBe('G2');
    const merge = await send(app, await loginAs(app, 'planner'), 'POST', '/api/grids/batch', {
      update: [{ id: 'G1', version: 1, geometry: rect(100, 30, 100.01, 30.01), unitIds: ['U1', 'U2'] }],
      retire: [{ id: 'G2', version: 1 }],
    });
    expect(((await merge.json()) as { rerouted: unknown[] }).rerouted).toEqual([{ problemId: filed.id, fromGridId: 'G2', toGridId: 'G1' }]);
    const moved = await getJson<ProblemDetailResponse>(app, `/api/problems/${filed.id}`);
    expect(moved.grid?.id).toBe('G1');
    expect(moved.units.map((u) => u.id)).toEqual(['U1', 'U2']);
    expect(moved.events.at(-1)).toMatchObject({ action: 'reroute', note: '999999001001002 → 999999001001001', fromStatus: 'reported', toStatus: 'reported' });
    // a merged-away grid keeps its history
    const old = await getJson<GridDetailResponse>(app, '/api/grids/G2?week=2026-11-20');
    expect(old).toMatchObject({ retired: true, status: { gridId: 'G2', status: 'pending' } });
  });

  it('keeps the owner 交办 named when a problem moves to another grid; only the units its place routes it to change', async () => {
    const { app } = await history();
    const inspector = await loginAs(app, 'inspector');
    const filed = (await (await send(app, inspector, 'POST', '/api/problems', { lon: 100.008, lat: 30.002, category: '环境卫生', description: '垃圾' })).json()) as ProblemDetailResponse;
    expect(filed.units.map((u) => [u.id, u.role])).toEqual([['U2', 'routed']]);
    expect((await send(app, inspector, 'PATCH', `/api/problems/${filed.id}`, { status: 'assigned', ownerUnitId: 'U3' })).status).toBe(200);
    const merge = await send(app, await loginAs(app, 'planner'), 'POST', '/api/grids/batch', {
      update: [{ id: 'G1', version: 1, geometry: rect(100, 30, 100.01, 30.01), unitIds: ['U1', 'U2'] }],
      retire: [{ id: 'G2', version: 1 }],
    });
    expect(merge.status).toBe(200);
    const moved = await getJson<ProblemDetailResponse>(app, `/api/problems/${filed.id}`);
    expect(moved).toMatchObject({ status: 'assigned', grid: { id: 'G1' }, ownerUnitId: 'U3' });
    expect(moved.units.map((u) => [u.id, u.role]).sort()).toEqual([
      ['U1', 'routed'],
      ['U2', 'routed'],
      ['U3', 'owner'],
    ]);
  });
});
