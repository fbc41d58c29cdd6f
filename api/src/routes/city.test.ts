import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import bbox from '@turf/bbox';
import { eq } from 'drizzle-orm';
import type { CityMapResponse, CityStatusResponse } from '@wangge/geodata';
import { errorOf, loginAs, rect, storeReport } from '../test/fixture.ts';
import { twoCountyApp } from '../test/two-counties.ts';

const OPEN = '2026-11-20';
const CLOSED = '2026-11-13';

async function city(app: Awaited<ReturnType<typeof twoCountyApp>>['app'], cookie: string, week: string) {
  const res = await app.request(`/api/city/status?week=${week}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as CityStatusResponse;
}

describe('GET /api/city/status', () => {
  it("gives a city-wide leader each county's reports by status and on-time share", async () => {
    const { store, app } = await twoCountyApp();
    await storeReport(store, 'U1', 'G1', OPEN, '2026-11-23T11:00:00+08:00');
    await storeReport(store, 'B-U3', 'B-G3', OPEN, '2026-11-23T13:00:00+08:00');
    const leader = await loginAs(app, 'leader');
    const body = await city(app, leader, OPEN);
    const zero = { on_time: 0, late: 0, missing: 0, pending: 0, not_due: 0, exempt: 0 };
    // each county: G1 by U1 and U2, G2 by U2, G3 by U3 — four (unit, grid) reports due
    expect(body).toEqual({
      week: OPEN,
      counties: [
        { countyId: '999998', code: '999998', name: '测试二县', closed: false, notStarted: false, grids: 3, counts: { ...zero, late: 1, missing: 3 }, onTimeShare: 0 },
        { countyId: '999999', code: '999999', name: '测试县', closed: false, notStarted: false, grids: 3, counts: { ...zero, on_time: 1, missing: 3 }, onTimeShare: 0.25 },
      ],
    });
  });

  it('answers a closed week from its frozen figures: a report slipped in later changes nothing', async () => {
    const { store, app } = await twoCountyApp();
    const leader = await loginAs(app, 'leader');
    const before = await city(app, leader, CLOSED);
    expect(before.counties.map((c) => [c.countyId, c.closed, c.counts.missing, c.onTimeShare])).toEqual([
      ['999998', true, 4, 0],
      ['999999', true, 4, 0],
    ]);
    await storeReport(store, 'U1', 'G1', CLOSED, '2026-11-16T11:00:00+08:00');
    expect(await city(app, leader, CLOSED)).toEqual(before);
  });

  it("is for city-wide accounts: a county's staff and reporters get 403", async () => {
    const { app } = await twoCountyApp();
    const planner = await app.request(`/api/city/status?week=${OPEN}`, { headers: { cookie: await loginAs(app, 'b-leader') } });
    expect(planner.status).toBe(403);
    expect((await errorOf(planner)).code).toBe('city_wide_only');
    expect((await app.request(`/api/city/status?week=${OPEN}`, { headers: { cookie: await loginAs(app, 'reporter-u1') } })).status).toBe(403);
    expect((await app.request(`/api/city/status?week=${OPEN}`)).status).toBe(401);
  });
});

describe('GET /api/city/map', () => {
  const round = (b: number[]) => b.map((v) => Number(v.toFixed(9)));
  const square = (w: number) => area({ type: 'Feature', properties: {}, geometry: rect(w, 30, w + 0.01, 30.01) });

  it("draws each county as its communities' union, one shape with the shared edge dissolved", async () => {
    const { app } = await twoCountyApp();
    const res = await app.request('/api/city/map', { headers: { cookie: await loginAs(app, 'leader') } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as CityMapResponse;
    expect(body.features.map((f) => [f.properties.countyId, f.properties.name, f.geometry.type])).toEqual([
      ['999998', '测试二县', 'Polygon'],
      ['999999', '测试县', 'Polygon'],
    ]);
    const [twin, tiny] = body.features;
    // the tiny county's two communities are 0.01° squares side by side; its twin lies 0.1° east
    expect(round(bbox(tiny!))).toEqual([100, 30, 100.02, 30.01]);
    expect(round(bbox(twin!))).toEqual([100.1, 30, 100.12, 30.01]);
    expect((tiny!.geometry.coordinates as number[][][]).length).toBe(1);
    expect(area(tiny!)).toBeCloseTo(square(100) + square(100.01), 1);
  });

  it('follows a county whose communities changed, and is for city-wide accounts only', async () => {
    const { store, app } = await twoCountyApp();
    const leader = await loginAs(app, 'leader');
    const get = async () => ((await (await app.request('/api/city/map', { headers: { cookie: leader } })).json()) as CityMapResponse).features.find((f) => f.properties.countyId === '999999')!;
    expect(round(bbox(await get()))).toEqual([100, 30, 100.02, 30.01]);
    await store.db.update(store.t.communities).set({ geometry: JSON.stringify(rect(100.01, 30, 100.03, 30.01)) }).where(eq(store.t.communities.id, 'C2'));
    expect(round(bbox(await get()))).toEqual([100, 30, 100.03, 30.01]);
    const bound = await app.request('/api/city/map', { headers: { cookie: await loginAs(app, 'b-leader') } });
    expect(bound.status).toBe(403);
    expect((await errorOf(bound)).code).toBe('city_wide_only');
    expect((await app.request('/api/city/map')).status).toBe(401);
  });
});
