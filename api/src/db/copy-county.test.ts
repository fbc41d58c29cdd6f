import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dafang } from '@wangge/geodata/dafang';
import { createApp } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { seedDemoCity } from '../seed/demo-city.ts';
import { seedDataset } from '../seed/seed-dataset.ts';
import { demoPasswordHash, loginAs, NOW, testStore } from '../test/fixture.ts';
import { testDialect } from '../test/test-store.ts';
import { copyCounty, CountyCopyRefused } from './copy-county.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

const clock = fixedClock(NOW);
const EAST = '520598';

/** A SQLite deployment of the demo city (Dafang, 示例东县, 示例西县) with a photo and an audit entry on one of 示例东县's reports. */
async function cityOnSqlite() {
  const store = openSqliteStore(':memory:');
  await seedDemoCity(store, clock(), demoPasswordHash);
  const [east] = await store.db.select().from(store.t.counties).where(eq(store.t.counties.code, EAST));
  const [report] = await store.db.select().from(store.t.weeklyReports).where(eq(store.t.weeklyReports.countyId, east!.id)).limit(1);
  await store.db.insert(store.t.photos).values({ id: 'east-photo', ownerKind: 'report', ownerId: String(report!.id), path: 'east-photo.jpg', mime: 'image/jpeg', bytes: 3, createdAt: clock() });
  await store.db.insert(store.t.auditEvents).values({ at: clock(), userId: null, entity: 'report', entityId: String(report!.id), action: 'submit', before: null, after: { week: report!.week } });
  return { store, eastId: east!.id, report: report! };
}

/** A PostgreSQL (or, in the SQLite run, another SQLite) deployment holding Dafang only, with some use of its own. */
async function dafangOnly(): Promise<Store> {
  const store = await testStore();
  await seedDataset(store, 'dafang', dafang, clock(), { demoPasswordHash });
  return store;
}

async function rows(store: Store, table: 'grids' | 'weeklyReports' | 'problems' | 'users' | 'units', countyId: string): Promise<number> {
  const t = store.t[table];
  const [r] = await store.db.select({ n: count() }).from(t).where(eq(t.countyId, countyId));
  return Number(r!.n);
}

describe(`adding one county of a SQLite deployment to ${testDialect === 'postgres' ? 'a PostgreSQL' : 'another'} deployment`, () => {
  it('copies the county with everything hanging off it, renumbers its reports, and the app answers for it as before', async () => {
    const { store: source, eastId, report } = await cityOnSqlite();
    const target = await dafangOnly();
    const dafangBefore = { grids: await rows(target, 'grids', 'dafang'), reports: await rows(target, 'weeklyReports', 'dafang') };
    const copy = await copyCounty(source, target, EAST);
    expect(copy.countyId).toBe(eastId);
    for (const table of ['grids', 'weeklyReports', 'problems', 'users', 'units'] as const) {
      expect(await rows(target, table, eastId), table).toBe(await rows(source, table, eastId));
    }
    expect(await rows(target, 'grids', eastId)).toBeGreaterThan(0);
    expect({ grids: await rows(target, 'grids', 'dafang'), reports: await rows(target, 'weeklyReports', 'dafang') }).toEqual(dafangBefore);
    expect(copy.skipped).toEqual(expect.arrayContaining(['meta', 'login_throttle', 'job_runs', 'exempt_weeks']));

    // the photo and the audit entry follow the report to its new number
    const [photo] = await target.db.select().from(target.t.photos).where(eq(target.t.photos.id, 'east-photo'));
    const [moved] = await target.db.select().from(target.t.weeklyReports).where(eq(target.t.weeklyReports.id, Number(photo!.ownerId)));
    expect({ unit: moved!.unitId, grid: moved!.gridId, week: moved!.week }).toEqual({ unit: report.unitId, grid: report.gridId, week: report.week });
    const audit = await target.db.select().from(target.t.auditEvents).where(eq(target.t.auditEvents.entityId, photo!.ownerId));
    expect(audit.map((a) => a.action)).toEqual(['submit']);

    const before = createApp({ store: source, clock });
    const after = createApp({ store: target, clock });
    const cookies = [await loginAs(before, `${EAST}-leader`), await loginAs(after, `${EAST}-leader`)];
    for (const path of [`/api/status?week=2026-11-20&county=${EAST}`, `/api/grids?county=${EAST}`, `/api/problems?format=json&county=${EAST}`]) {
      const [a, b] = await Promise.all([before.request(path, { headers: { cookie: cookies[0]! } }), after.request(path, { headers: { cookie: cookies[1]! } })]);
      expect(b.status, path).toBe(200);
      expect(await b.json(), path).toEqual(await a.json());
    }
  });

  it('refuses a county the target holds already, an unknown county, and ids the target uses, writing nothing', async () => {
    const { store: source, eastId } = await cityOnSqlite();
    const target = await dafangOnly();
    await expect(copyCounty(source, target, 'dafang')).rejects.toThrow(/^the target holds 大方县 \(520521\) already/);
    await expect(copyCounty(source, target, '999999')).rejects.toThrow(/^the source has no county "999999" \(it holds .*520598/);
    const [unit] = await source.db.select().from(source.t.units).where(eq(source.t.units.countyId, eastId)).limit(1);
    expect(unit).toBeDefined();
    await target.db.insert(target.t.units).values({ ...unit!, countyId: 'dafang', name: `${unit!.name}（同号）` });
    const err = await copyCounty(source, target, EAST).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CountyCopyRefused);
    expect((err as Error).message).toBe(`units: 1 id(s) the target uses already (${unit!.id}): rename them in the source first; nothing was copied`);
    expect(await target.db.select().from(target.t.counties)).toHaveLength(1);
    expect(await rows(target, 'grids', eastId)).toBe(0);
  });

  it('keeps a reference to a city-wide account the target has too, and names one it lacks instead of dropping the row', async () => {
    const { store: source, eastId } = await cityOnSqlite();
    await source.db.insert(source.t.users).values({ id: 'city-clerk', username: 'city-clerk', displayName: '市创文办', role: 'admin', passwordHash: 'x', countyId: null, unitId: null, createdAt: clock() });
    await source.db.insert(source.t.displayTokens).values([
      { id: 'wall-1', name: '东县大屏', countyId: eastId, tokenHash: 'a'.repeat(64), createdBy: 'admin', createdAt: clock() },
      { id: 'wall-2', name: '东县会议室', countyId: eastId, tokenHash: 'b'.repeat(64), createdBy: 'city-clerk', createdAt: clock() },
    ]);
    const target = await dafangOnly();
    await expect(copyCounty(source, target, EAST)).rejects.toThrow('display_tokens.created_by points at users the target lacks (city-clerk): create them in the target first; nothing was copied');
    expect(await rows(target, 'grids', eastId)).toBe(0);
    await target.db.insert(target.t.users).values({ id: 'city-clerk', username: 'city-clerk', displayName: '市创文办', role: 'admin', passwordHash: 'y', countyId: null, unitId: null, createdAt: clock() });
    await copyCounty(source, target, EAST);
    const walls = await target.db.select({ id: target.t.displayTokens.id, by: target.t.displayTokens.createdBy }).from(target.t.displayTokens).where(eq(target.t.displayTokens.countyId, eastId));
    expect(walls.sort((a, b) => a.id.localeCompare(b.id))).toEqual([{ id: 'wall-1', by: 'admin' }, { id: 'wall-2', by: 'city-clerk' }]);
  });
});
