import { describe, expect, it } from 'vitest';
import type { AuditResponse } from '@wangge/geodata';
import { fixedClock } from '../clock.ts';
import { createApp } from '../app.ts';
import { errorOf, loginAs, tinyApp } from '../test/fixture.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

const audit = async (app: App, cookie: string, query = '') => {
  const res = await app.request(`/api/audit${query}`, { headers: { cookie } });
  expect(res.status, query).toBe(200);
  return (await res.json()) as AuditResponse;
};

describe('GET /api/audit', () => {
  it('lists who changed what, newest first, searchable by person, object and date; inspectors read it too', async () => {
    const { store } = await tinyApp();
    // two days of changes: an account on 11-24, a roster on 11-25
    const day1 = createApp({ store, clock: fixedClock('2026-11-24T09:00:00+08:00') });
    const day2 = createApp({ store, clock: fixedClock('2026-11-25T10:00:00+08:00') });
    const admin1 = await loginAs(day1, 'admin');
    const made = await day1.request('/api/users', { method: 'POST', headers: { cookie: admin1, 'content-type': 'application/json' }, body: JSON.stringify({ username: 'zhao', displayName: '赵六', role: 'leader' }) });
    expect(made.status).toBe(201);
    const planner = await loginAs(day2, 'planner');
    const roster = { from: '2026-11-25', manager: { name: '李四', phone: '13912345678' }, supervisors: [] };
    expect((await day2.request('/api/grids/G3/people', { method: 'PUT', headers: { cookie: planner, 'content-type': 'application/json' }, body: JSON.stringify(roster) })).status).toBe(200);

    const inspector = await loginAs(day2, 'inspector');
    const all = await audit(day2, inspector);
    expect(all.truncated).toBe(false);
    expect(all.entries.map((e) => [e.entity, e.entityId, e.action, e.userId])).toEqual([
      ['grid-people', 'G3', 'roster', 'planner'],
      ['user', 'zhao', 'add', 'admin'],
    ]);
    expect(all.entries[0]).toMatchObject({ at: '2026-11-25T02:00:00.000Z', before: { manager: { name: '管理员2' } }, after: { manager: { name: '李四' } } });

    // by person (account or name), by object, by a name inside the change, by date
    expect((await audit(day2, inspector, '?q=planner')).entries.map((e) => e.entityId)).toEqual(['G3']);
    expect((await audit(day2, inspector, `?q=${encodeURIComponent('赵六')}`)).entries.map((e) => e.entityId)).toEqual(['zhao']);
    expect((await audit(day2, inspector, `?q=${encodeURIComponent('管理员2')}`)).entries.map((e) => e.entityId)).toEqual(['G3']);
    expect((await audit(day2, inspector, '?q=grid-people')).entries).toHaveLength(1);
    expect((await audit(day2, inspector, '?from=2026-11-24&to=2026-11-24')).entries.map((e) => e.entityId)).toEqual(['zhao']);
    expect((await audit(day2, inspector, '?from=2026-11-25')).entries.map((e) => e.entityId)).toEqual(['G3']);

    const csv = await day2.request('/api/audit?format=csv&q=G3', { headers: { cookie: inspector } });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await csv.text();
    expect(text).toContain('时间,账号,姓名,对象,编号,操作,之前,之后');
    expect(text).toContain('2026-11-25 10:00');
    expect(text).toContain('李四');
  });

  it('refuses other roles and bad dates, naming the parameter', async () => {
    const { app } = await tinyApp();
    const leader = await loginAs(app, 'leader');
    const refused = await app.request('/api/audit', { headers: { cookie: leader } });
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe('forbidden');
    const admin = await loginAs(app, 'admin');
    const bad = await app.request('/api/audit?from=2026-02-30', { headers: { cookie: admin } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'bad_query', details: { field: 'from' } } });
    const backwards = await app.request('/api/audit?from=2026-11-25&to=2026-11-01', { headers: { cookie: admin } });
    expect((await errorOf(backwards)).code).toBe('bad_period');
  });
});
