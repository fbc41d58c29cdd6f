import { describe, expect, it } from 'vitest';
import type { AuditResponse, ProblemDetailResponse, StatusResponse, UnitAdminInfo, UnitMergeResponse, UnitsResponse } from '@wangge/geodata';
import { errorOf, loginAs, sqlRow, storeReport, tinyApp } from '../test/fixture.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

const send = (app: App, cookie: string, method: string, path: string, body?: unknown) =>
  app.request(path, { method, headers: { cookie, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
const units = async (app: App, cookie: string, q = '') => (await (await app.request(`/api/units/manage?q=${encodeURIComponent(q)}`, { headers: { cookie } })).json()) as UnitAdminInfo[];
const status = async (app: App, week: string) => (await (await app.request(`/api/status?week=${week}`)).json()) as StatusResponse;
const unitsOf = (s: StatusResponse, gridId: string) => s.grids.find((g) => g.gridId === gridId)?.units.map((u) => [u.unitId, u.status]);
const audits = async (app: App, cookie: string, q: string) => ((await (await app.request(`/api/audit?q=${encodeURIComponent(q)}`, { headers: { cookie } })).json()) as AuditResponse).entries;

describe('units from the app', () => {
  it('lists the county’s units with the grids each holds, for admins only', async () => {
    const { app } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const all = await units(app, admin);
    expect(all.map((u) => u.name)).toEqual(['甲局', '市场监管局', '乙局']);
    const u2 = all.find((u) => u.id === 'U2')!;
    expect(u2.grids.map((g) => [g.gridId, g.lead])).toEqual([['G1', false], ['G2', true]]);
    expect(u2).toMatchObject({ contactName: '李四', contactPhone: '13800000002', retiredAt: null, mergedInto: null, reporters: 1 });
    expect((await units(app, admin, '王五')).map((u) => u.id)).toEqual(['U3']);
    expect((await units(app, admin, '0000003')).map((u) => u.id)).toEqual(['U3']);
    for (const who of ['planner', 'leader', 'inspector', 'reporter-u1']) {
      expect([who, (await app.request('/api/units/manage', { headers: { cookie: await loginAs(app, who) } })).status]).toEqual([who, 403]);
    }
  });

  it('adds, renames and re-contacts a unit, audited; bad input is refused naming the field', async () => {
    const { app } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const made = await send(app, admin, 'POST', '/api/units', { name: ' 城管局 ', contactName: '赵六', contactPhone: '0857-4221234' });
    expect(made.status).toBe(201);
    const unit = (await made.json()) as UnitAdminInfo;
    expect(unit).toMatchObject({ name: '城管局', contactName: '赵六', contactPhone: '0857-4221234', grids: [], reporters: 0 });
    expect(((await (await app.request('/api/units')).json()) as UnitsResponse).map((u) => u.name)).toContain('城管局');

    const refusals: [unknown, number, string, string][] = [
      [{ name: '城管局', contactName: '赵六', contactPhone: '13800000009' }, 409, 'unit_name_taken', 'name'],
      [{ name: '水务局', contactName: '赵六', contactPhone: '12345' }, 400, 'bad_phone', 'contactPhone'],
      [{ name: '', contactName: '赵六', contactPhone: '13800000009' }, 400, 'bad_field', 'name'],
      [{ name: '水务局', contactPhone: '13800000009' }, 400, 'bad_field', 'contactName'],
      [{ name: '水务局', contactName: '赵六', contactPhone: '13800000009', lead: true }, 400, 'bad_field', 'lead'],
    ];
    for (const [body, code, error, field] of refusals) {
      const res = await send(app, admin, 'POST', '/api/units', body);
      expect([res.status, await res.json()]).toMatchObject([code, { error: { code: error, details: { field } } }]);
    }

    const renamed = await send(app, admin, 'PATCH', `/api/units/${unit.id}`, { name: '综合行政执法局', contactPhone: '13912345678' });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ name: '综合行政执法局', contactName: '赵六', contactPhone: '13912345678' });
    const taken = await send(app, admin, 'PATCH', `/api/units/${unit.id}`, { name: '甲局' });
    expect([taken.status, (await errorOf(taken)).code]).toEqual([409, 'unit_name_taken']);
    const phone = await send(app, admin, 'PATCH', '/api/units/U1', { contactPhone: '电话' });
    expect([phone.status, (await errorOf(phone)).code]).toEqual([400, 'bad_phone']);
    expect((await send(app, admin, 'PATCH', '/api/units/nope', { name: 'x' })).status).toBe(404);

    const trail = await audits(app, admin, unit.id);
    expect(trail.map((e) => [e.entity, e.action])).toEqual([['unit', 'update'], ['unit', 'add']]);
    expect(trail[0]).toMatchObject({ before: { name: '城管局', contactPhone: '0857-4221234' }, after: { name: '综合行政执法局', contactPhone: '13912345678' } });
  });

  it('changes the grids a unit holds from next week, and refuses to leave a grid without a unit', async () => {
    const { app } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    // U3 takes the lead of G2 and keeps G3; U2 stays on G2 as a member
    const res = await send(app, admin, 'PUT', '/api/units/U3/grids', { grids: [{ gridId: 'G3', lead: true }, { gridId: 'G2', lead: true }] });
    expect(res.status).toBe(200);
    const u3 = (await res.json()) as UnitAdminInfo;
    expect(u3.grids.map((g) => [g.gridId, g.lead, g.from])).toEqual([['G2', true, '2026-11-27'], ['G3', true, null]]);
    // this week is as it was (past its Monday deadline, unreported), next week has the change
    expect(unitsOf(await status(app, '2026-11-20'), 'G2')).toEqual([['U2', 'missing']]);
    expect(unitsOf(await status(app, '2026-11-27'), 'G2')?.map(([u]) => u)).toEqual(['U3', 'U2']);
    const u2 = (await units(app, admin)).find((u) => u.id === 'U2')!;
    expect(u2.grids.filter((g) => g.gridId === 'G2').map((g) => [g.lead, g.from, g.to])).toEqual([[true, null, '2026-11-27'], [false, '2026-11-27', null]]);

    const unheld = await send(app, admin, 'PUT', '/api/units/U3/grids', { grids: [{ gridId: 'G2', lead: true }] });
    expect([unheld.status, await unheld.json()]).toMatchObject([409, { error: { code: 'grid_unheld', details: { field: 'grids', grids: ['999999002001001'] } } }]);
    const unknown = await send(app, admin, 'PUT', '/api/units/U3/grids', { grids: [{ gridId: 'G9', lead: false }, { gridId: 'G3', lead: true }] });
    expect([unknown.status, await unknown.json()]).toMatchObject([400, { error: { code: 'unknown_grid', details: { field: 'grids[0].gridId' } } }]);
    expect((await audits(app, admin, 'U3')).map((e) => e.action)).toEqual(['grids']);
  });

  it('merges a unit into another: this week’s reports, open problems, grids and reporters follow, and a closed week’s figures never change', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    await storeReport(store, 'U1', 'G1', '2026-11-13', '2026-11-14T10:00:00+08:00');
    await storeReport(store, 'U1', 'G1', '2026-11-20', '2026-11-21T10:00:00+08:00');
    // the closed week as frozen, and its late and missing list
    const closedBefore = await status(app, '2026-11-13');
    expect(closedBefore.closedAt).not.toBeNull();
    const overdueBefore = await (await app.request('/api/overdue?week=2026-11-13', { headers: { cookie: admin } })).json();
    expect(unitsOf(closedBefore, 'G1')).toEqual([['U1', 'on_time'], ['U2', 'missing']]);

    const self = await send(app, admin, 'POST', '/api/units/U1/merge', { into: 'U1' });
    expect([self.status, await self.json()]).toMatchObject([400, { error: { code: 'merge_into_self', details: { field: 'into' } } }]);
    const unknown = await send(app, admin, 'POST', '/api/units/U1/merge', { into: 'U9' });
    expect([unknown.status, await unknown.json()]).toMatchObject([400, { error: { code: 'unknown_unit', details: { field: 'into' } } }]);
    expect((await send(app, admin, 'POST', '/api/units/U9/merge', { into: 'U1' })).status).toBe(404);

    const res = await send(app, admin, 'POST', '/api/units/U1/merge', { into: 'U3' });
    expect(res.status).toBe(200);
    const merged = (await res.json()) as UnitMergeResponse;
    expect(merged.moved).toEqual({ grids: 1, reports: 1, problems: 1, zones: 1, accounts: 1, webhooks: 0 });
    expect(merged.unit).toMatchObject({ id: 'U1', mergedInto: { id: 'U3', name: '市场监管局' }, grids: [] });
    expect(merged.unit.retiredAt).not.toBeNull();
    expect(merged.into.grids.map((g) => [g.gridId, g.lead, g.from])).toEqual([['G1', true, '2026-11-20'], ['G3', true, null]]);

    // the closed week, exactly as it was frozen
    expect(await status(app, '2026-11-13')).toEqual({ ...closedBefore, now: expect.any(String) });
    expect(await (await app.request('/api/overdue?week=2026-11-13', { headers: { cookie: admin } })).json()).toEqual(overdueBefore);
    // the running week: U1's report is U3's, and U3 leads G1
    expect(unitsOf(await status(app, '2026-11-20'), 'G1')).toEqual([['U3', 'on_time'], ['U2', 'missing']]);
    // the problem routed to U1 answers to U3 now; U1's reporter reports for U3
    const problem = (await (await app.request('/api/problems/PR1')).json()) as ProblemDetailResponse;
    expect(problem.units.map((u) => u.id).sort()).toEqual(['U2', 'U3']);
    expect(await sqlRow(store, `select unit_id from users where id = 'reporter-u1'`)).toEqual({ unit_id: 'U3' });
    expect(await sqlRow(store, `select unit_id from zone_units where zone_id = 'Z1' and unit_id = 'U1'`)).toBeUndefined();
    // kept as history: not offered in forms, listed last, not merged twice
    expect(((await (await app.request('/api/units')).json()) as UnitsResponse).map((u) => u.id)).not.toContain('U1');
    expect((await units(app, admin)).at(-1)?.id).toBe('U1');
    const again = await send(app, admin, 'POST', '/api/units/U1/merge', { into: 'U2' });
    expect([again.status, (await errorOf(again)).code]).toEqual([409, 'unit_retired']);
    const into = await send(app, admin, 'POST', '/api/units/U2/merge', { into: 'U1' });
    expect([into.status, await into.json()]).toMatchObject([409, { error: { code: 'unit_retired', details: { field: 'into' } } }]);
    const trail = await audits(app, admin, 'merge');
    expect(trail[0]).toMatchObject({ entity: 'unit', entityId: 'U1', action: 'merge', before: { name: '甲局' }, after: { into: 'U3', from: '2026-11-20' } });
  });
});
