import type { ApiError, Dataset } from '@wangge/geodata';
import type { Polygon } from 'geojson';
import type { Hono } from 'hono';
import { createApp } from '../app.ts';
import { hashPasswordSync } from '../auth/password.ts';
import { fixedClock } from '../clock.ts';
import { seedDataset } from '../seed/seed-dataset.ts';
import type { Store } from '../db/store.ts';
import { testStore } from './test-store.ts';

export { jsonOf, sqlExec, sqlRow, sqlRows, testStore } from './test-store.ts';

/** A rectangle [w, s, e, n] as a closed counter-clockwise ring. */
export function rect(w: number, s: number, e: number, n: number): Polygon {
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * A tiny county small enough to reason about by hand:
 * C1 = [100.000, 100.010] × [30.000, 30.010] split into G1 (west half) and G2 (east half);
 * C2 = [100.010, 100.020] × [30.000, 30.010] is the single grid G3.
 * G1 is held by U1 (lead) and U2; G2 by U2; G3 by U3. The market zone Z1 straddles G1/G2.
 */
export const tinyCounty: Dataset = deepFreeze({
  communities: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: rect(100, 30, 100.01, 30.01), properties: { id: 'C1', code: '999999001001', name: '甲社区', streetOfficeId: 'S1', streetOfficeGuessed: false, gridded: true } },
      { type: 'Feature', geometry: rect(100.01, 30, 100.02, 30.01), properties: { id: 'C2', code: '999999002001', name: '乙社区', streetOfficeId: 'S2', streetOfficeGuessed: true, gridded: true } },
    ],
  },
  grids: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: rect(100, 30, 100.005, 30.01), properties: { id: 'G1', code: '999999001001001', name: '甲社区第1网格', communityId: 'C1', areaId: 'A1' } },
      { type: 'Feature', geometry: rect(100.005, 30, 100.01, 30.01), properties: { id: 'G2', code: '999999001001002', name: '甲社区第2网格', communityId: 'C1', areaId: 'A1' } },
      { type: 'Feature', geometry: rect(100.01, 30, 100.02, 30.01), properties: { id: 'G3', code: '999999002001001', name: '乙社区第1网格', communityId: 'C2', areaId: 'A2' } },
    ],
  },
  zones: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: rect(100.004, 30.004, 100.006, 30.006), properties: { id: 'Z1', name: '测试农贸市场', kind: 'market', unitIds: ['U3', 'U1'] } }],
  },
  organisation: {
    county: { code: '999999', name: '测试县' },
    streetOffices: [
      { id: 'S1', code: '999999001', name: '东街道' },
      { id: 'S2', code: '999999002', name: '西街道' },
    ],
    areas: [
      { id: 'A1', name: '第一片区', leaderTitle: '副县长', leaderPhone: '13900000001' },
      { id: 'A2', name: '第二片区', leaderTitle: '县委常委', leaderPhone: '13900000002' },
    ],
    units: [
      { id: 'U1', name: '甲局', contactName: '张三', contactPhone: '13800000001' },
      { id: 'U2', name: '乙局', contactName: '李四', contactPhone: '13800000002' },
      { id: 'U3', name: '市场监管局', contactName: '王五', contactPhone: '13800000003' },
    ],
    gridUnits: [
      { gridId: 'G1', unitId: 'U1', lead: true },
      { gridId: 'G1', unitId: 'U2', lead: false },
      { gridId: 'G2', unitId: 'U2', lead: true },
      { gridId: 'G3', unitId: 'U3', lead: true },
    ],
    people: ['G1', 'G2', 'G3'].flatMap((g, i) => [
      { id: `P${i}m`, name: `管理员${i}`, phone: `1370000000${i}`, role: 'manager' as const, gridId: g },
      { id: `P${i}s1`, name: `监督员${i}甲`, phone: `1360000000${i}`, role: 'supervisor' as const, gridId: g },
      { id: `P${i}s2`, name: `监督员${i}乙`, phone: `1350000000${i}`, role: 'supervisor' as const, gridId: g },
    ]),
  },
  problems: [{ id: 'PR1', lon: 100.002, lat: 30.002, category: '环境卫生', description: '垃圾堆放', daysAgo: 2, status: 'reported' }],
});

export const NOW = '2026-11-25T10:00:00+08:00';
export const DEMO_PASSWORD = 'test-password';
/** cheap to check (scrypt N = 1024): tests log in hundreds of times */
export const demoPasswordHash = hashPasswordSync(DEMO_PASSWORD, 1024);

/** The tiny county's first week: the week before NOW's, so tests have one closed week and one open. */
export const FIRST_WEEK = '2026-11-13';

/** A fresh database (the backend under test) with the tiny county, no report history, and an app on it. */
export async function tinyApp(now = NOW, photoDir?: string, firstWeek = FIRST_WEEK) {
  const store = await testStore();
  const clock = fixedClock(now);
  await seedDataset(store, 'tiny', tinyCounty, clock(), { historyWeeks: 0, demoPasswordHash, firstWeek });
  return { store, clock, app: createApp({ store, clock, photoDir }) };
}

/** The { code, message } of an error response. */
export async function errorOf(res: Response) {
  return ((await res.json()) as ApiError).error;
}

/** Logs in through the API and returns the Cookie header value to send with later requests. */
export async function loginAs(app: { request: Hono['request'] }, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

/** Stores a report as if submitted at `iso` (bypassing the API's checks: the tests set up history). */
export async function storeReport(store: Store, unitId: string, gridId: string, week: string, iso: string): Promise<void> {
  const at = Date.parse(iso);
  await store.db.insert(store.t.weeklyReports).values({ unitId, gridId, week, submittedAt: at, updatedAt: at });
}
