import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ROUTE_GUARDS } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { mulberry32 } from '@wangge/geodata/synthetic/prng';
import { fuzzBody } from './fuzz-bodies.ts';
import { loginAs, rect, sqlRows, tinyApp } from '../test/fixture.ts';
import { testDialect } from '../test/test-store.ts';

/**
 * Bodies per write route: FUZZ_BODIES (1,000 or more for a thorough run, about three minutes on a
 * busy two-core machine); 300 in the everyday suite; fewer on PostgreSQL, where each request costs more.
 */
const BODIES = Number(process.env.FUZZ_BODIES) || (testDialect === 'sqlite' ? 300 : 50);
/** Routes whose accepted bodies each hash a password (scrypt, ~40 ms): fewer bodies keep the suite quick. */
const HASHING = new Set(['POST /api/users', 'POST /api/users/:id/reset-password', 'POST /api/auth/password']);
const SEED = 20261203;

/**
 * State a refused write may change by design: the login throttle counts refused logins, and a
 * week past its deadline is closed (its snapshot frozen) by the first request that looks at it.
 */
const MAY_CHANGE = new Set(['login_throttle', 'week_closures']);

/** A valid body for each write route, for the fuzzer to bend; and the ids its path names. */
const TEMPLATES: Record<string, Record<string, unknown>> = {
  'PUT /api/grids/:id': { version: 1, geometry: rect(100, 30, 100.005, 30.01) },
  'POST /api/grids/batch': { updates: [{ id: 'G1', version: 1, geometry: rect(100, 30, 100.005, 30.01) }] },
  'POST /api/grids/:id/restore': { version: 1 },
  'POST /api/problems': { lon: 100.002, lat: 30.002, category: '环境卫生', description: '垃圾堆放' },
  'PATCH /api/problems/:id': { status: 'assigned', ownerUnitId: 'U1', note: '请处理' },
  'PUT /api/problem-deadlines': { 环境卫生: 24 },
  'POST /api/auth/login': { username: 'planner', password: 'wrong-password' },
  'POST /api/auth/logout': {},
  'POST /api/users': { username: 'fuzzed', displayName: '测试', role: 'reporter', unitId: 'U1' },
  'PATCH /api/users/:id': { displayName: '新名字', disabled: false },
  'POST /api/users/:id/reset-password': {},
  'POST /api/auth/password': { current: 'wrong', next: 'a-new-long-password-2026' },
  'POST /api/reports': { unitId: 'U1', gridId: 'G1', week: '2026-11-20', workedOn: '2026-11-20', participants: 3, activities: ['环境卫生'], content: '周五下午到网格开展环境卫生整治和创文宣传' },
  'PUT /api/report-requirements': { minParticipants: 1, minPhotos: 0 },
  'PUT /api/close-grace-hours': { hours: 24 },
  'POST /api/exempt-weeks': { week: '2026-11-27', reason: '国庆' },
  'POST /api/notifications/read': { all: true },
  'POST /api/reminders': { week: '2026-11-20', unitIds: ['U1'] },
  'POST /api/webhooks': { url: 'http://127.0.0.1:9/hook', kind: 'json', unitId: 'U1' },
  'POST /api/assessment/points': { kind: 'market', name: '市场', geometry: { type: 'Point', coordinates: [100.002, 30.002] } },
  'POST /api/assessment/points/import': { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kind: 'market', name: '市场' }, geometry: { type: 'Point', coordinates: [100.002, 30.002] } }] },
  'PUT /api/assessment/checklists/:kind': { items: [{ text: '地面整洁', weight: 2, needsPhoto: false, category: '环境卫生' }] },
  'POST /api/assessment/rounds': { name: '模拟测评', from: '2026-11-30', to: '2026-12-04', perCommunity: 2, seed: 7 },
  'POST /api/assessment/rounds/:id/results': { pointId: 'AP1', items: [{ itemId: 'market-1', result: 'fail', note: '积水' }] },
};

const PARAMS: Record<string, string> = { '/api/grids/:id': 'G1', '/api/problems/:id': 'PR1', '/api/users/:id': 'reporter-u2', ':week': '2026-11-27', '/api/webhooks/:id': 'nope', '/api/assessment/checklists/:kind': 'market', '/api/assessment/rounds/:id': 'nope' };

function concretePath(path: string): string {
  for (const [pattern, value] of Object.entries(PARAMS)) {
    if (pattern.startsWith(':') ? path.includes(pattern) : path.startsWith(pattern)) return path.replace(/:[a-z]+/, value);
  }
  return path;
}

/** SQLite's count of rows written since the connection opened (rolled-back writes included); -2 on PostgreSQL: always compare. */
async function totalChanges(store: Awaited<ReturnType<typeof tinyApp>>['store']): Promise<number> {
  if (testDialect !== 'sqlite') return -2;
  return (await sqlRows<{ n: number }>(store, 'select total_changes() as n'))[0].n;
}

/**
 * Every table's row count, but for the state refused writes may change by design: cheap enough to
 * take after thousands of requests (a hash of every row took minutes), and what a refused write
 * that stored something leaves behind.
 */
async function fingerprint(store: Awaited<ReturnType<typeof tinyApp>>['store']): Promise<string> {
  const listing =
    testDialect === 'sqlite'
      ? "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name"
      : "select tablename as name from pg_tables where schemaname = 'public' and tablename not like '__drizzle%' order by tablename";
  const hash = createHash('sha256');
  for (const { name } of await sqlRows<{ name: string }>(store, listing)) {
    if (MAY_CHANGE.has(name)) continue;
    hash.update(name);
    hash.update(JSON.stringify(await sqlRows(store, `select count(*) as n from "${name}"`)));
  }
  return hash.digest('hex');
}

const WRITES = Object.keys(ROUTE_GUARDS).filter((r) => /^(POST|PUT|PATCH|DELETE) /.test(r) && !r.endsWith('/photos'));

describe('seeded fuzzing of every write route', () => {
  it(`answers ${BODIES} bent bodies per route without a 5xx, and a refused write changes nothing`, { timeout: 600_000 }, async () => {
    const { store, clock } = await tinyApp();
    // each route's batch starts hours after the last on the machine's clock, so the login throttle
    // that fuzzing the login trips has forgotten by the next batch's own login
    let hours = 0;
    const app = createApp({ store, clock, machineClock: () => Date.parse('2026-12-01T00:00:00Z') + hours * 3_600_000 });
    let seen = -1;
    const statuses = new Map<number, number>();
    let state = '';
    // logging out and changing one's password end sessions, so they go last
    const order = [...WRITES].sort((a, b) => Number(/logout|auth\/password/.test(a)) - Number(/logout|auth\/password/.test(b)));
    for (const route of order) {
      const [method, path] = route.split(' ');
      const rnd = mulberry32(SEED + route.length * 7919 + route.charCodeAt(route.length - 1));
      const template = TEMPLATES[route] ?? {};
      const url = concretePath(path);
      const as = route.startsWith('POST /api/reports') ? 'reporter-u1' : 'admin';
      hours += 2;
      let cookie = await loginAs(app, as);
      state = await fingerprint(store);
      seen = await totalChanges(store);
      for (let i = 0; i < (HASHING.has(route) ? BODIES / 5 : BODIES); i++) {
        const body = fuzzBody(rnd, template);
        const res = await app.request(url, { method, headers: { 'content-type': 'application/json', cookie }, body });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, `${route} #${i}: ${body.slice(0, 300)} → ${await res.clone().text()}`).toBeLessThan(500);
        if (res.status === 401 || res.status === 403) cookie = await loginAs(app, as).catch(() => cookie);
        const changes = await totalChanges(store);
        // on SQLite, a request that wrote no row at all needs no comparison
        if (changes >= 0 && changes === seen) continue;
        const now = await fingerprint(store);
        seen = await totalChanges(store);
        if (res.status >= 400 && res.status !== 401 && res.status !== 403) {
          expect(now, `${route} #${i} was refused (${res.status}) but changed the database: ${body.slice(0, 300)}`).toBe(state);
        }
        state = now;
      }
    }
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  });
});
