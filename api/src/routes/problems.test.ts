import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProblemDetailResponse, ProblemPinsResponse, ProblemsResponse } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { seedDataset } from '../seed/seed-dataset.ts';
import { demoPasswordHash, errorOf, loginAs, NOW, rect, sqlRow, testStore, tinyApp, tinyCounty } from '../test/fixture.ts';
import { stepWithPhotos } from '../test/problem-steps.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

function send(app: App, method: string, path: string, cookie: string | null, body: unknown) {
  return app.request(path, { method, headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
}

async function file(app: App, cookie: string, lon: number, lat: number, category = '环境卫生') {
  const res = await send(app, 'POST', '/api/problems', cookie, { lon, lat, category, description: '垃圾堆放' });
  expect(res.status).toBe(201);
  return (await res.json()) as ProblemDetailResponse;
}

/** The tiny county plus 丙社区 east of 乙社区 (S2), a community without grids: its street office answers there. */
async function withUngriddedCommunity() {
  const store = await testStore();
  const c3 = { type: 'Feature' as const, geometry: rect(100.02, 30, 100.03, 30.01), properties: { id: 'C3', code: '999999002002', name: '丙社区', streetOfficeId: 'S2', streetOfficeGuessed: false, gridded: false } };
  const dataset = { ...tinyCounty, communities: { ...tinyCounty.communities, features: [...tinyCounty.communities.features, c3] } };
  await seedDataset(store, 'tiny', dataset, fixedClock(NOW)(), { historyWeeks: 0, demoPasswordHash });
  return { store, app: createApp({ store, clock: fixedClock(NOW) }) };
}

describe('filing a problem routes it by location', () => {
  it('goes to the grid’s units at a grid interior', async () => {
    const { app } = await tinyApp();
    const p = await file(app, await loginAs(app, 'inspector'), 100.015, 30.005);
    expect(p).toMatchObject({ status: 'reported', grid: { id: 'G3', code: '999999002001001' }, streetOffice: { id: 'S2' }, outsideGrids: false });
    expect(p.units.map((u) => u.id)).toEqual(['U3']);
    expect(p.dueAt).toBe('2026-11-26T02:00:00.000Z');
    expect(p.events).toHaveLength(1);
  });

  it('adds the departments of every zone at the point, without repeats', async () => {
    const { app } = await tinyApp();
    const p = await file(app, await loginAs(app, 'inspector'), 100.0045, 30.005, '农贸市场秩序');
    expect(p.grid?.id).toBe('G1');
    expect(p.units.map((u) => u.id)).toEqual(['U1', 'U2', 'U3']);
  });

  it('accepts a point outside every grid and flags it, routed to its community’s street office', async () => {
    const { app } = await withUngriddedCommunity();
    const p = await file(app, await loginAs(app, 'inspector'), 100.025, 30.005);
    expect(p).toMatchObject({ grid: null, outsideGrids: true, units: [], streetOffice: { id: 'S2' } });
  });

  it('refuses a point outside every community: nobody would answer for it', async () => {
    const { app, store } = await tinyApp();
    const res = await send(app, 'POST', '/api/problems', await loginAs(app, 'inspector'), { lon: 100.005, lat: 30.02, category: '环境卫生', description: 'x' });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: 'outside_county', message: 'the point 100.005, 30.02 is outside every community of the county, so no street office answers for it (are lon and lat swapped?)' });
    expect(await sqlRow(store, 'select count(*) as n from problems')).toEqual({ n: 1 });
  });

  it('refuses bad input and stores nothing', async () => {
    const { app, store } = await tinyApp();
    const cookie = await loginAs(app, 'inspector');
    const cases: [unknown, string][] = [
      [{ lon: 200, lat: 30, category: '环境卫生', description: 'x' }, 'lon 200 is out of range'],
      [{ lon: '100', lat: 30, category: '环境卫生', description: 'x' }, 'lon is required and must be a number'],
      [{ lon: 100, lat: 30, category: '跳舞', description: 'x' }, 'category "跳舞" is not one of'],
      [{ lon: 100, lat: 30, category: '环境卫生', description: '  ' }, 'description is required'],
    ];
    for (const [body, message] of cases) {
      const res = await send(app, 'POST', '/api/problems', cookie, body);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toContain(message);
    }
    expect(await sqlRow(store, 'select count(*) as n from problems')).toEqual({ n: 1 });
    expect((await send(app, 'POST', '/api/problems', null, { lon: 100, lat: 30, category: '环境卫生', description: 'x' })).status).toBe(401);
  });
});

describe('the problem workflow', () => {
  it('runs 上报 → 已交办 → 整改中 → 已整改 → 退回 → 已整改 → 已复核 with the right people', async () => {
    const { app } = await tinyApp(undefined, mkdtempSync(join(tmpdir(), 'wangge-flow-')));
    const inspector = await loginAs(app, 'inspector');
    const unit = await loginAs(app, 'reporter-u3');
    const other = await loginAs(app, 'reporter-u1');
    const p = await file(app, inspector, 100.015, 30.005);
    const move = (cookie: string, status: string, extra: Record<string, unknown> = {}) => send(app, 'PATCH', `/api/problems/${p.id}`, cookie, { status, note: status, ...extra });
    expect((await move(unit, 'assigned', { ownerUnitId: 'U3' })).status).toBe(403);
    expect((await move(inspector, 'assigned', { ownerUnitId: 'U3' })).status).toBe(200);
    const notMine = await move(other, 'in_progress');
    expect(notMine.status).toBe(403);
    expect((await errorOf(notMine)).message).toBe('only a reporter of the owner unit (牵头单位) may start this problem');
    expect((await move(unit, 'in_progress')).status).toBe(200);
    expect((await stepWithPhotos(app, unit, p.id, { status: 'fixed', note: '已清运' }, 1)).status).toBe(200);
    expect((await move(unit, 'verified')).status).toBe(403);
    expect((await move(inspector, 'in_progress')).status).toBe(200);
    expect((await stepWithPhotos(app, unit, p.id, { status: 'fixed', note: '已复清' }, 1)).status).toBe(200);
    const done = await move(inspector, 'verified');
    expect(done.status).toBe(200);
    const detail = (await done.json()) as ProblemDetailResponse;
    expect(detail.events.map((e) => e.action)).toEqual(['file', 'assign', 'start', 'fix', 'return', 'fix', 'verify']);
    const closed = await move(inspector, 'in_progress');
    expect(closed.status).toBe(409);
    expect((await errorOf(closed)).message).toContain('it is closed');
  });

  it('refuses jumps and stale moves', async () => {
    const { app } = await tinyApp();
    const inspector = await loginAs(app, 'inspector');
    const p = await file(app, inspector, 100.015, 30.005);
    const jump = await send(app, 'PATCH', `/api/problems/${p.id}`, inspector, { status: 'verified' });
    expect(jump.status).toBe(409);
    expect((await errorOf(jump)).message).toBe('a problem that is "reported" cannot move to "verified" (next: assigned)');
    const stale = await send(app, 'PATCH', `/api/problems/${p.id}`, inspector, { status: 'assigned', from: 'fixed', ownerUnitId: 'U3' });
    expect(stale.status).toBe(409);
    expect((await send(app, 'PATCH', '/api/problems/NOPE', inspector, { status: 'assigned', ownerUnitId: 'U3' })).status).toBe(404);
    expect((await send(app, 'PATCH', `/api/problems/${p.id}`, inspector, { status: 'done' })).status).toBe(400);
  });
});

describe('listing problems', () => {
  it('filters by status, category, grid, unit, bbox and overdue, newest first, with a total', async () => {
    const { app } = await tinyApp();
    const inspector = await loginAs(app, 'inspector');
    await file(app, inspector, 100.015, 30.005, '乱停乱放');
    await file(app, inspector, 100.0045, 30.005, '农贸市场秩序');
    const get = async (q: string) => (await (await app.request(`/api/problems${q}`)).json()) as ProblemsResponse;
    expect((await get('')).total).toBe(3);
    expect((await get('?category=乱停乱放')).features.map((f) => f.properties.gridId)).toEqual(['G3']);
    expect((await get('?unit=U3')).total).toBe(2);
    expect((await get('?grid=G1')).total).toBe(2);
    expect((await get('?bbox=100.01,30,100.02,30.01')).total).toBe(1);
    expect((await get('?limit=1')).features).toHaveLength(1);
    // the seeded problem was filed 2 days ago with a 24 h deadline
    expect((await get('?overdue=1')).features.map((f) => f.properties.id)).toEqual(['PR1']);
    const csv = await (await app.request('/api/problems?format=csv&grid=G3')).text();
    expect(csv.split('\r\n')[0]).toBe('编号,类别,描述,状态,网格编码,牵头单位,责任人,责任人电话,经度,纬度,上报时间,整改期限,是否超期');
    expect(csv.split('\r\n')[1]).toMatch(/^P\w+,乱停乱放,垃圾堆放,上报,999999002001001,,,,100.015,30.005,2026-11-25 10:00,2026-11-26 10:00,$/);
    const bad = await app.request('/api/problems?status=open');
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('status has unknown values: open');
  });

  it('answers the map with slim pins: the same problems, order and total, only where, status and overdue', async () => {
    const { app } = await tinyApp();
    const inspector = await loginAs(app, 'inspector');
    await file(app, inspector, 100.015, 30.005, '乱停乱放');
    await file(app, inspector, 100.0045, 30.005, '农贸市场秩序');
    const full = (await (await app.request('/api/problems?grid=G1')).json()) as ProblemsResponse;
    const pins = (await (await app.request('/api/problems?grid=G1&fields=pin')).json()) as ProblemPinsResponse;
    expect(pins.total).toBe(2);
    expect(pins.features.map((f) => f.geometry.coordinates)).toEqual(full.features.map((f) => f.geometry.coordinates));
    expect(pins.features.map((f) => f.properties)).toEqual(full.features.map(({ properties: p }) => ({ id: p.id, status: p.status, overdue: p.overdue })));
    // the seeded PR1 is overdue, the new one is not
    expect(pins.features.map((f) => f.properties.overdue)).toEqual([false, true]);
    for (const [q, message] of [
      ['fields=all', 'fields "all" must be "pin"'],
      ['fields=pin&format=csv', 'fields=pin is for the map'],
    ]) {
      const res = await app.request(`/api/problems?${q}`);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toContain(message);
    }
  });

  it('suggests open problems of the same category within 50 m', async () => {
    const { app } = await tinyApp();
    // PR1 is at (100.002, 30.002); 0.0004° of latitude is 44.4 m, 0.0005° is 55.4 m
    const near = await (await app.request('/api/problems/nearby?lon=100.002&lat=30.0024&category=环境卫生')).json();
    expect(near).toMatchObject([{ id: 'PR1' }]);
    expect((near as { distanceM: number }[])[0].distanceM).toBeCloseTo(44.4, 0);
    expect(await (await app.request('/api/problems/nearby?lon=100.002&lat=30.0025&category=环境卫生')).json()).toEqual([]);
    expect(await (await app.request('/api/problems/nearby?lon=100.002&lat=30.0024&category=占道经营')).json()).toEqual([]);
  });
});

describe('deadlines per category', () => {
  it('an admin changes a category’s hours; problems filed from then on get the new deadline', async () => {
    const { app } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const defaults = (await (await app.request('/api/problem-deadlines')).json()) as Record<string, number>;
    expect(defaults).toMatchObject({ 环境卫生: 24, 设施损坏: 72 });
    const res = await send(app, 'PUT', '/api/problem-deadlines', admin, { 环境卫生: 6 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ 环境卫生: 6, 设施损坏: 72 });
    // filed at 2026-11-25 10:00 +08:00 = 02:00Z, due 6 h later
    const p = await file(app, await loginAs(app, 'inspector'), 100.015, 30.005);
    expect(p.dueAt).toBe('2026-11-25T08:00:00.000Z');
    // the seeded problem keeps the deadline it was filed with
    const seeded = (await (await app.request('/api/problems/PR1')).json()) as ProblemDetailResponse;
    expect(seeded.dueAt).toBe('2026-11-24T02:00:00.000Z');
  });

  it('refuses unknown categories and hours that are not whole, positive and at most a month; only admins change them', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const cases: [unknown, string][] = [
      [{ 跳舞: 24 }, 'category "跳舞" is not one of'],
      [{ 环境卫生: 0 }, 'the deadline of 环境卫生 must be a whole number of hours from 1 to 720'],
      [{ 环境卫生: 1.5 }, 'whole number of hours'],
      [{ 环境卫生: '24' }, 'whole number of hours'],
      [{ 环境卫生: 12, 公厕卫生: 721 }, 'the deadline of 公厕卫生'],
      [{}, 'send the hours of one or more categories'],
    ];
    for (const [body, message] of cases) {
      const res = await send(app, 'PUT', '/api/problem-deadlines', admin, body);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toContain(message);
    }
    expect((await send(app, 'PUT', '/api/problem-deadlines', await loginAs(app, 'inspector'), { 环境卫生: 12 })).status).toBe(403);
    expect(await sqlRow(store, "select count(*) as n from meta where key = 'problem_deadline_hours'")).toEqual({ n: 0 });
  });
});
