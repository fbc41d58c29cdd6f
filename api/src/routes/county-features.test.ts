import { Hono } from 'hono';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BulletinResponse, ScoresResponse } from '@wangge/geodata';
import { countyScope, requestScopedStore } from '../http/county-scope.ts';
import { HttpError, errorBody } from '../http/errors.ts';
import { errorOf, loginAs, sqlRows } from '../test/fixture.ts';
import { twoCountyApp } from '../test/two-counties.ts';

type App = Awaited<ReturnType<typeof twoCountyApp>>['app'];
type Store = Awaited<ReturnType<typeof twoCountyApp>>['store'];

const A = '999999';
const B = '999998';

async function bulletinOf(app: App, cookie: string, week: string, county?: string): Promise<BulletinResponse> {
  const res = await app.request(`/api/bulletins?week=${week}${county ? `&county=${county}` : ''}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as BulletinResponse;
}

const putComment = (app: App, cookie: string, week: string, text: string, county?: string) =>
  app.request(`/api/bulletins/${week}/comment${county ? `?county=${county}` : ''}`, { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ text }) });

/** Every unit a 通报 names, in any list, group or section. */
function unitsNamed(b: BulletinResponse): string[] {
  const lists = (l: Pick<BulletinResponse, 'missing' | 'late' | 'pending' | 'onTime'>) => [...l.missing, ...l.late, ...l.pending, ...l.onTime].map((u) => u.unitId);
  return [
    ...new Set([
      ...lists(b),
      ...b.byArea.flatMap(lists),
      ...b.byStreetOffice.flatMap(lists),
      ...b.escalated.map((e) => e.unitId),
      ...b.overdueProblems.map((p) => p.unitId),
    ]),
  ].sort();
}

/** A report of county A's U1 for its grid G1 in week 2026-11-20, on time (Saturday 11-21). */
async function reportA(store: Store) {
  const at = Date.parse('2026-11-21T10:00:00+08:00');
  await store.db.insert(store.t.weeklyReports).values({ countyId: A, unitId: 'U1', gridId: 'G1', week: '2026-11-20', submittedAt: at, updatedAt: at });
}

describe('the weekly 通报 in a deployment of two counties', () => {
  it('lists only the county of the request, by its name and its own figures', async () => {
    const { app, store } = await twoCountyApp();
    await reportA(store);
    const leader = await loginAs(app, 'leader');
    const a = await bulletinOf(app, leader, '2026-11-20', A);
    const b = await bulletinOf(app, await loginAs(app, 'b-leader'), '2026-11-20');
    expect(a.countyName).toBe('测试县');
    expect(b.countyName).toBe('测试二县');
    expect(unitsNamed(a).every((u) => !u.startsWith('B-'))).toBe(true);
    expect(unitsNamed(b).every((u) => u.startsWith('B-'))).toBe(true);
    // U1 reported its only grid on time; nobody in B reported
    expect(a.onTime.map((u) => u.unitId)).toEqual(['U1']);
    expect(a.thisWeek).toMatchObject({ onTime: 1 });
    expect(b.onTime).toEqual([]);
    expect(b.missing.map((u) => u.unitId).sort()).toEqual(['B-U1', 'B-U2', 'B-U3']);
    expect(b.thisWeek.onTime).toBe(0);
  });

  it('keeps one comment per county: commenting on one leaves the other as it was', async () => {
    const { app, store } = await twoCountyApp();
    const admin = await loginAs(app, 'admin');
    const bAdmin = await loginAs(app, 'b-admin');
    expect((await putComment(app, admin, '2026-11-20', '甲县意见', A)).status).toBe(200);
    const leader = await loginAs(app, 'leader');
    expect((await bulletinOf(app, leader, '2026-11-20', A)).comment?.text).toBe('甲县意见');
    expect((await bulletinOf(app, leader, '2026-11-20', B)).comment).toBeNull();
    expect((await putComment(app, bAdmin, '2026-11-20', '乙县意见')).status).toBe(200);
    expect((await bulletinOf(app, leader, '2026-11-20', A)).comment?.text).toBe('甲县意见');
    expect((await bulletinOf(app, leader, '2026-11-20', B)).comment?.text).toBe('乙县意见');
    // the twin's admin may not comment on the other county's 通报
    const other = await putComment(app, bAdmin, '2026-11-20', '越界', A);
    expect(other.status).toBe(403);
    expect((await errorOf(other)).code).toBe('other_county');
    expect(await sqlRows(store, 'select county_id, week, comment from bulletins order by county_id')).toEqual([
      { county_id: B, week: '2026-11-20', comment: '乙县意见' },
      { county_id: A, week: '2026-11-20', comment: '甲县意见' },
    ]);
  });

  it('issues each county its own 通报 when the week closed, kept apart', async () => {
    const { app, store } = await twoCountyApp();
    const leader = await loginAs(app, 'leader');
    // week 11-13 closed on 11-19 (the Monday deadline plus 72 hours)
    const a = await bulletinOf(app, leader, '2026-11-13', A);
    const b = await bulletinOf(app, leader, '2026-11-13', B);
    expect(a.issuedAt).not.toBeNull();
    expect(unitsNamed(a).every((u) => !u.startsWith('B-'))).toBe(true);
    expect(unitsNamed(b).every((u) => u.startsWith('B-'))).toBe(true);
    const kept = await sqlRows<{ county_id: string; week: string }>(store, 'select county_id, week from bulletins where body is not null order by county_id');
    expect(kept).toEqual([
      { county_id: B, week: '2026-11-13' },
      { county_id: A, week: '2026-11-13' },
    ]);
    expect(await bulletinOf(app, leader, '2026-11-13', B)).toEqual(b);
  });
});

describe('the 考核 in a deployment of two counties', () => {
  it('keeps the weights per county and scores only the county\'s units', async () => {
    const { app } = await twoCountyApp();
    const admin = await loginAs(app, 'admin');
    const put = await app.request(`/api/score-weights?county=${A}`, { method: 'PUT', headers: { cookie: admin, 'content-type': 'application/json' }, body: JSON.stringify({ onTime: 60, fixedOnTime: 30, rework: 10 }) });
    expect(put.status).toBe(200);
    const scores = async (county: string) => (await (await app.request(`/api/scores?quarter=2026Q4&county=${county}`, { headers: { cookie: admin } })).json()) as ScoresResponse;
    const a = await scores(A);
    const b = await scores(B);
    expect(a.weights).toEqual({ onTime: 60, fixedOnTime: 30, rework: 10 });
    expect(b.weights).toEqual({ onTime: 50, fixedOnTime: 30, rework: 20 });
    expect(a.units.map((u) => u.unitId).sort()).toEqual(['U1', 'U2', 'U3']);
    expect(b.units.map((u) => u.unitId).sort()).toEqual(['B-U1', 'B-U2', 'B-U3']);
    const bAdmin = await loginAs(app, 'b-admin');
    const other = await app.request(`/api/score-weights?county=${A}`, { method: 'PUT', headers: { cookie: bAdmin, 'content-type': 'application/json' }, body: JSON.stringify({ onTime: 100, fixedOnTime: 0, rework: 0 }) });
    expect(other.status).toBe(403);
    expect((await scores(A)).weights).toEqual({ onTime: 60, fixedOnTime: 30, rework: 10 });
  });
});

describe('a wall display token', () => {
  /** A probe behind the county scope that answers the county the request works in. */
  async function probe() {
    const { store } = await twoCountyApp();
    const scoped = requestScopedStore(store);
    const app = new Hono();
    app.use('/api/*', countyScope(store));
    app.get('/api/wall', (c) => c.json({ county: scoped.countyId ?? null }));
    app.onError((err, c) => (err instanceof HttpError ? errorBody(c, err) : c.json({ error: { code: 'internal', message: String(err) } }, 500)));
    const token = (t: string, countyId: string | null, revokedAt: number | null = null) =>
      store.db.insert(store.t.displayTokens).values({ id: t, name: t, countyId, tokenHash: createHash('sha256').update(t).digest('hex'), createdAt: 0, revokedAt });
    await token('tok-b', B);
    await token('tok-revoked', B, 1);
    const wall = (headers: Record<string, string>, query = '') => app.request(`/api/wall${query}`, { headers });
    return { wall };
  }

  it('shows the county it was made in, and no other', async () => {
    const { wall } = await probe();
    expect(await (await wall({ 'x-display-token': 'tok-b' })).json()).toEqual({ county: B });
    const other = await wall({ 'x-display-token': 'tok-b' }, `?county=${A}`);
    expect(other.status).toBe(403);
    expect((await errorOf(other)).code).toBe('other_county');
  });

  it('names no county when revoked or unknown: the request must say which, as any other', async () => {
    const { wall } = await probe();
    for (const t of ['tok-revoked', 'nonsense']) {
      const res = await wall({ 'x-display-token': t });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe('county_required');
    }
  });
});
