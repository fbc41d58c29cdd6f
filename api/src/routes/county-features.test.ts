import { describe, expect, it } from 'vitest';
import type { BulletinResponse, ScoresResponse, WallResponse } from '@wangge/geodata';
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
    expect(a.weights).toEqual({ onTime: 60, fixedOnTime: 30, rework: 10, assessment: 0 });
    expect(b.weights).toEqual({ onTime: 40, fixedOnTime: 24, rework: 16, assessment: 20 });
    expect(a.units.map((u) => u.unitId).sort()).toEqual(['U1', 'U2', 'U3']);
    expect(b.units.map((u) => u.unitId).sort()).toEqual(['B-U1', 'B-U2', 'B-U3']);
    const bAdmin = await loginAs(app, 'b-admin');
    const other = await app.request(`/api/score-weights?county=${A}`, { method: 'PUT', headers: { cookie: bAdmin, 'content-type': 'application/json' }, body: JSON.stringify({ onTime: 100, fixedOnTime: 0, rework: 0 }) });
    expect(other.status).toBe(403);
    expect((await scores(A)).weights).toEqual({ onTime: 60, fixedOnTime: 30, rework: 10, assessment: 0 });
  });
});

describe('a wall display token in a deployment of two counties', () => {
  const post = (app: App, cookie: string, name: string, county = '') =>
    app.request(`/api/display-tokens${county}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
  const wall = (app: App, token: string, query = '') => app.request(`/api/wall${query}`, { headers: { 'x-display-token': token } });

  it('belongs to the county it was made in: the wall shows that county, and no other', async () => {
    const { app, store } = await twoCountyApp();
    const bAdmin = await loginAs(app, 'b-admin');
    const made = await post(app, bAdmin, '二县大屏');
    expect(made.status).toBe(201);
    const { id, token } = (await made.json()) as { id: string; token: string };
    expect(await sqlRows(store, 'select county_id from display_tokens')).toEqual([{ county_id: B }]);
    const res = await wall(app, token);
    expect(res.status).toBe(200);
    const body = (await res.json()) as WallResponse;
    // nobody in the twin reported the running week: its three units are outstanding, and its problem is the one shown
    expect(body.outstanding.map((u) => u.unitId).sort()).toEqual(['B-U1', 'B-U2', 'B-U3']);
    expect(body.problems.map((p) => p.id)).toEqual(['B-PR1']);
    const other = await wall(app, token, `?county=${A}`);
    expect(other.status).toBe(403);
    expect((await errorOf(other)).code).toBe('other_county');
    // each county lists and revokes only its own tokens
    const admin = await loginAs(app, 'admin');
    expect(await (await app.request(`/api/display-tokens?county=${A}`, { headers: { cookie: admin } })).json()).toEqual([]);
    expect(((await (await app.request('/api/display-tokens', { headers: { cookie: bAdmin } })).json()) as { id: string }[]).map((t) => t.id)).toEqual([id]);
    const aToken = (await (await post(app, admin, '一县大屏', `?county=${A}`)).json()) as { id: string };
    const refused = await app.request(`/api/display-tokens/${aToken.id}`, { method: 'DELETE', headers: { cookie: bAdmin } });
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe('other_county');
  });

  it('answers 401 to a revoked or unknown token, whichever county', async () => {
    const { app } = await twoCountyApp();
    const bAdmin = await loginAs(app, 'b-admin');
    const { id, token } = (await (await post(app, bAdmin, '二县大屏')).json()) as { id: string; token: string };
    expect((await app.request(`/api/display-tokens/${id}`, { method: 'DELETE', headers: { cookie: bAdmin } })).status).toBe(200);
    for (const t of [token, 'guessed']) {
      const res = await wall(app, t);
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe('unauthenticated');
    }
  });
});
