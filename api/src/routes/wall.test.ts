import { describe, expect, it } from 'vitest';
import type { DisplayToken, NewDisplayToken, WallResponse } from '@wangge/geodata';
import { errorOf, loginAs, sqlRows, storeReport, tinyApp } from '../test/fixture.ts';

/** Monday 2026-11-23 10:00, two hours before week 11-20 is due. */
const MONDAY = '2026-11-23T10:00:00+08:00';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];
const wallWith = (app: App, headers: Record<string, string>) => app.request('/api/wall', { headers });

async function setup() {
  const ctx = await tinyApp(MONDAY, undefined, '2026-11-13');
  // 11-13: U1/G1 on time, U2/G1 late; U2/G2 and U3/G3 missing. 11-20 so far: U1/G1 on time.
  await storeReport(ctx.store, 'U1', 'G1', '2026-11-13', '2026-11-14T10:00:00+08:00');
  await storeReport(ctx.store, 'U2', 'G1', '2026-11-13', '2026-11-17T10:00:00+08:00');
  await storeReport(ctx.store, 'U1', 'G1', '2026-11-20', '2026-11-21T10:00:00+08:00');
  return ctx;
}

describe('the wall display', () => {
  it('reads its figures with a display token an admin made, until it is revoked', async () => {
    const { app, store } = await setup();
    const admin = await loginAs(app, 'admin');
    const made = await app.request('/api/display-tokens', { method: 'POST', headers: { cookie: admin, 'content-type': 'application/json' }, body: JSON.stringify({ name: '创文办大屏' }) });
    expect(made.status).toBe(201);
    const token = (await made.json()) as NewDisplayToken;
    expect(token.token.length).toBeGreaterThanOrEqual(32);

    const res = await wallWith(app, { 'x-display-token': token.token });
    expect(res.status).toBe(200);
    const w = (await res.json()) as WallResponse;
    expect([w.week, w.dueAt]).toEqual(['2026-11-20', new Date('2026-11-23T12:00:00+08:00').toISOString()]);
    // 4 (unit, grid) reports asked for: 1 on time so far, 3 still to come; last week 1 on time, 1 late, 2 missing
    expect(w.thisWeek).toEqual({ week: '2026-11-20', onTime: 1, late: 0, missing: 0, pending: 3, total: 4, rate: 0.25 });
    expect(w.lastWeek).toEqual({ week: '2026-11-13', onTime: 1, late: 1, missing: 2, pending: 0, total: 4, rate: 0.25 });
    expect(w.outstanding).toEqual([
      { unitId: 'U3', unitName: '市场监管局', status: 'pending', grids: 1 },
      { unitId: 'U2', unitName: '乙局', status: 'pending', grids: 2 },
    ]);
    expect(w.problems.map((p) => [p.id, p.overdue])).toEqual([['PR1', true]]);

    const listed = (await (await app.request('/api/display-tokens', { headers: { cookie: admin } })).json()) as DisplayToken[];
    expect(listed).toEqual([{ id: token.id, name: '创文办大屏', createdAt: token.createdAt, revokedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(token.token);

    expect((await app.request(`/api/display-tokens/${token.id}`, { method: 'DELETE', headers: { cookie: admin } })).status).toBe(200);
    const revoked = await wallWith(app, { 'x-display-token': token.token });
    expect(revoked.status).toBe(401);
    expect((await errorOf(revoked)).message).toContain('revoked');
    expect(await sqlRows(store, "select action from audit_events where entity = 'display_token' order by id")).toEqual([{ action: 'create' }, { action: 'revoke' }]);
  });

  it('without a token: staff read it, others do not; only admins manage tokens', async () => {
    const { app } = await setup();
    expect((await wallWith(app, {})).status).toBe(401);
    expect((await wallWith(app, { 'x-display-token': 'guessed' })).status).toBe(401);
    expect((await wallWith(app, { cookie: await loginAs(app, 'leader') })).status).toBe(200);
    expect((await wallWith(app, { cookie: await loginAs(app, 'reporter-u1') })).status).toBe(403);
    const leader = await loginAs(app, 'leader');
    expect((await app.request('/api/display-tokens', { method: 'POST', headers: { cookie: leader, 'content-type': 'application/json' }, body: '{"name":"x"}' })).status).toBe(403);
    const admin = await loginAs(app, 'admin');
    expect((await app.request('/api/display-tokens', { method: 'POST', headers: { cookie: admin, 'content-type': 'application/json' }, body: '{}' })).status).toBe(400);
    expect((await app.request('/api/display-tokens/D404', { method: 'DELETE', headers: { cookie: admin } })).status).toBe(404);
  });
});
