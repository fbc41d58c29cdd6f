import { describe, expect, it } from 'vitest';
import type { CoverageResponse, GridDetailResponse, GridRoster, LocateResponse, RostersResponse } from '@wangge/geodata';
import { errorOf, loginAs, sqlRow, sqlRows, tinyApp } from '../test/fixture.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

const put = (app: App, cookie: string, gridId: string, body: unknown) =>
  app.request(`/api/grids/${gridId}/people`, { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
const get = async <T>(app: App, path: string, cookie = '') => (await (await app.request(path, { headers: { cookie } })).json()) as T;

const LI = { name: '李四', phone: '13912345678' };
const ZHAO = { name: '赵六', phone: '0857-6221234' };
const QIAN = { name: '钱七', phone: '13812345678' };
// G3 is the tiny county's grid at (100.015, 30.005); NOW is Wednesday 2026-11-25, in the week of Friday 2026-11-20
const AT_G3 = '/api/locate?lon=100.015&lat=30.005';

describe('rosters: who held a grid’s posts, from when to when', () => {
  it('a new period ends the one in force; locate, the panel and the rosters answer by date; the change is audited', async () => {
    const { app, store } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const res = await put(app, planner, 'G3', { from: '2026-11-25', manager: LI, supervisors: [ZHAO, QIAN] });
    expect(res.status).toBe(200);
    const saved = (await res.json()) as GridRoster;
    expect(saved).toMatchObject({ gridId: 'G3', manager: { name: '李四', phone: '13912345678', from: '2026-11-25', to: null }, flags: [] });
    expect(saved.supervisors.map((s) => s.name).sort()).toEqual(['赵六', '钱七']);

    // today (the default) and any later day: the new people; the day before: the old ones
    expect((await get<LocateResponse>(app, AT_G3)).manager?.name).toBe('李四');
    expect((await get<LocateResponse>(app, `${AT_G3}&at=2026-12-31`)).manager?.name).toBe('李四');
    const before = await get<LocateResponse>(app, `${AT_G3}&at=2026-11-24`);
    expect(before.manager?.name).toBe('管理员2');
    expect(before.supervisors.map((s) => s.name)).toEqual(['监督员2甲', '监督员2乙']);

    // the panel: this week shows today's people at once; last week's report still names last week's manager
    expect((await get<GridDetailResponse>(app, '/api/grids/G3?week=2026-11-20')).manager?.name).toBe('李四');
    expect((await get<GridDetailResponse>(app, '/api/grids/G3?week=2026-11-13')).manager?.name).toBe('管理员2');

    const rosters = await get<RostersResponse>(app, '/api/rosters', planner);
    expect(rosters.at).toBe('2026-11-25');
    expect(rosters.grids.map((g) => g.gridId).sort()).toEqual(['G1', 'G2', 'G3']);
    expect(rosters.grids.find((g) => g.gridId === 'G3')?.manager?.name).toBe('李四');
    expect((await get<RostersResponse>(app, '/api/rosters?at=2026-11-24', planner)).grids.find((g) => g.gridId === 'G3')?.manager).toMatchObject({ name: '管理员2', from: null, to: '2026-11-25' });

    const audit = await sqlRow(store, "select user_id, entity, action, before, after from audit_events where entity = 'grid-people' and entity_id = 'G3'");
    expect(audit).toMatchObject({ user_id: 'planner', entity: 'grid-people', action: 'roster' });
    const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown>;
    expect(json(audit!.before)).toMatchObject({ manager: { name: '管理员2', to: '2026-11-25' } });
    expect(json(audit!.after)).toMatchObject({ from: '2026-11-25', to: null, manager: LI, supervisors: [ZHAO, QIAN] });
  });

  it('flags a grid with no manager or fewer than two supervisors, here and in 纵向到底, counting only the people in post', async () => {
    const { app } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    expect((await put(app, admin, 'G1', { from: '2026-11-25', manager: null, supervisors: [ZHAO] })).status).toBe(200);
    const g1 = (await get<RostersResponse>(app, '/api/rosters', admin)).grids.find((g) => g.gridId === 'G1')!;
    expect(g1).toMatchObject({ manager: null, supervisors: [{ name: '赵六' }], flags: ['no_manager', 'too_few_supervisors'] });
    const coverage = await get<CoverageResponse>(app, '/api/coverage');
    expect(coverage.responsibility.grids.find((g) => g.gridId === 'G1')).toMatchObject({ hasManager: false, supervisors: 1, issues: ['no_manager', 'too_few_supervisors'] });
  });

  it('a second change on the same day corrects the first; a period may end, and the next start where it ends', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    expect((await put(app, admin, 'G2', { from: '2026-12-01', to: '2026-12-10', manager: LI, supervisors: [ZHAO, QIAN] })).status).toBe(200);
    expect((await put(app, admin, 'G2', { from: '2026-12-01', to: '2026-12-10', manager: QIAN, supervisors: [ZHAO, LI] })).status).toBe(200);
    expect((await put(app, admin, 'G2', { from: '2026-12-10', manager: ZHAO, supervisors: [LI, QIAN] })).status).toBe(200);
    const managers = await sqlRows(store, "select name, valid_from, valid_to from people where grid_id = 'G2' and role = 'manager' order by valid_from nulls first");
    expect(managers).toEqual([
      { name: '管理员1', valid_from: null, valid_to: '2026-12-01' },
      { name: '钱七', valid_from: '2026-12-01', valid_to: '2026-12-10' },
      { name: '赵六', valid_from: '2026-12-10', valid_to: null },
    ]);
    expect((await get<LocateResponse>(app, '/api/locate?lon=100.0075&lat=30.005&at=2026-12-09')).manager?.name).toBe('钱七');
  });

  it('refuses bad periods, overlaps, bad people and other roles, naming the field, and writes nothing', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    expect((await put(app, admin, 'G3', { from: '2026-12-01', to: '2026-12-10', manager: LI, supervisors: [ZHAO, QIAN] })).status).toBe(200);
    const count = async () => (await sqlRow(store, 'select count(*) n from people'))!.n;
    const audits = async () => (await sqlRow(store, "select count(*) n from audit_events where entity = 'grid-people'"))!.n;
    const rows = await count();
    const cases: [unknown, number, string, Record<string, unknown>][] = [
      [{ manager: LI, supervisors: [] }, 400, 'bad_field', { field: 'from' }],
      [{ from: '2026-11-31', manager: LI, supervisors: [] }, 400, 'bad_field', { field: 'from' }],
      [{ from: '2026-12-20', to: '2026-12-19', manager: LI, supervisors: [] }, 400, 'bad_period', { field: 'to' }],
      // inside the ended period [12-01, 12-10), and straddling its start
      [{ from: '2026-12-05', manager: LI, supervisors: [] }, 409, 'overlapping_period', { field: 'from', name: '李四', from: '2026-12-01', to: '2026-12-10' }],
      [{ from: '2026-11-28', to: '2026-12-02', manager: LI, supervisors: [] }, 409, 'overlapping_period', { field: 'from', from: '2026-12-01' }],
      [{ from: '2026-12-20', manager: { name: '李四', phone: '12345' }, supervisors: [] }, 400, 'bad_field', {}],
      [{ from: '2026-12-20', manager: LI, supervisors: [ZHAO, { ...ZHAO, phone: '08576221234' }] }, 400, 'duplicate_person', { name: '赵六' }],
    ];
    for (const [body, status, code, details] of cases) {
      const res = await put(app, admin, 'G3', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      const error = (await res.json()) as { error: { code: string; details?: Record<string, unknown> } };
      expect(error.error.code, JSON.stringify(body)).toBe(code);
      expect(error.error.details ?? {}).toMatchObject(details);
    }
    expect((await put(app, admin, 'G9', { from: '2026-12-20', manager: LI, supervisors: [] })).status).toBe(404);
    const inspector = await loginAs(app, 'inspector');
    const refused = await put(app, inspector, 'G3', { from: '2026-12-20', manager: LI, supervisors: [] });
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe('forbidden');
    expect((await app.request('/api/rosters', { headers: { cookie: inspector } })).status).toBe(403);
    expect((await app.request('/api/locate?lon=100.015&lat=30.005&at=2026-13-01')).status).toBe(400);
    expect(await count()).toBe(rows);
    expect(await audits()).toBe(1);
  });
});
