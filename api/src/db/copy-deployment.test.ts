import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dafang } from '@wangge/geodata/dafang';
import { createApp } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { seedDataset } from '../seed/seed-dataset.ts';
import { demoPasswordHash, loginAs, NOW, testStore } from '../test/fixture.ts';
import { testDialect } from '../test/test-store.ts';
import { sendJson } from '../test/problem-steps.ts';
import { copyDeployment, tablesInOrder, TargetNotEmptyError } from './copy-deployment.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

const clock = fixedClock(NOW);

/** A SQLite deployment as a county runs it: Dafang with eight weeks of reports, its problems, and a week of use through the API. */
async function usedDeployment() {
  const store = openSqliteStore(':memory:');
  await seedDataset(store, 'dafang', dafang, clock(), { demoPasswordHash });
  const app = createApp({ store, clock });
  const inspector = await loginAs(app, 'inspector');
  const filed = await sendJson(app, 'POST', '/api/problems', inspector, { lon: 105.6065, lat: 27.1465, category: '环境卫生', description: '迁移前登记：垃圾桶满溢', clientId: '5b0c7f5e-2d8a-4f3e-9a41-6c1f0e2d3b4a' });
  expect(filed.status).toBe(201);
  return { store, app, problemId: ((await filed.json()) as { id: string }).id };
}

/** Rows per table, counted directly (not through the copy's own bookkeeping). */
async function counts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const info of tablesInOrder(store)) {
    const table = (store.t as unknown as Record<string, typeof store.t.grids>)[info.key]!;
    const [row] = await store.db.select({ n: count() }).from(table);
    out[info.name] = Number(row!.n);
  }
  return out;
}

async function answer(app: ReturnType<typeof createApp>, path: string, cookie: string) {
  const res = await app.request(path, { headers: { cookie } });
  expect(res.status, path).toBe(200);
  return res.json();
}

describe(`copying a SQLite deployment into ${testDialect === 'postgres' ? 'PostgreSQL' : 'another SQLite database'}`, () => {
  it('orders tables so that every parent comes first', () => {
    const order = tablesInOrder(openSqliteStore(':memory:')).map((t) => t.name);
    for (const [child, parent] of [['grids', 'communities'], ['communities', 'street_offices'], ['problem_events', 'problems'], ['photos', 'problem_events'], ['report_revisions', 'weekly_reports'], ['sessions', 'users'], ['county_settings', 'counties']]) {
      expect(order.indexOf(parent!), `${parent} before ${child}`).toBeLessThan(order.indexOf(child!));
    }
  });

  it('moves every row of every table, and the app on the copy answers as on the original', async () => {
    const { store: source, app: before, problemId } = await usedDeployment();
    const target = await testStore();
    const copied = await copyDeployment(source, target);
    const expected = await counts(source);
    expect(await counts(target)).toEqual(expected);
    expect(Object.fromEntries(copied.map((c) => [c.table, c.rows]))).toEqual(expected);
    expect(expected.grids).toBe(30);
    expect(expected.weekly_reports).toBeGreaterThan(100);
    expect(expected.problems).toBeGreaterThan(1);
    expect(copied.every((c) => /^[0-9a-f]{64}$/.test(c.checksum))).toBe(true);

    const after = createApp({ store: target, clock });
    const leader = [await loginAs(before, 'leader'), await loginAs(after, 'leader')] as const;
    for (const path of ['/api/status?week=2026-11-20', '/api/grids', '/api/coverage', `/api/problems/${problemId}`, '/api/locate?lon=105.6065&lat=27.1465', '/api/problems?format=json']) {
      expect(await answer(after, path, leader[1]), path).toEqual(await answer(before, path, leader[0]));
    }
  });

  it('keeps the copy writable: new rows get ids after the copied ones, and an offline repeat still answers its first result', async () => {
    const { store: source } = await usedDeployment();
    const target = await testStore();
    await copyDeployment(source, target);
    const app = createApp({ store: target, clock });
    const inspector = await loginAs(app, 'inspector');
    const repeat = await sendJson(app, 'POST', '/api/problems', inspector, { lon: 105.6065, lat: 27.1465, category: '环境卫生', description: '迁移前登记：垃圾桶满溢', clientId: '5b0c7f5e-2d8a-4f3e-9a41-6c1f0e2d3b4a' });
    expect(repeat.headers.get('client-write')).toBe('repeat');
    const fresh = await sendJson(app, 'POST', '/api/problems', inspector, { lon: 105.6065, lat: 27.1465, category: '环境卫生', description: '迁移后登记' });
    expect(fresh.status).toBe(201);
    const events = await target.db.select().from(target.t.problemEvents);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('refuses a target that holds data, naming its tables, and changes nothing there', async () => {
    const { store: source } = await usedDeployment();
    const target = await testStore();
    await seedDataset(target, 'dafang', dafang, clock(), { demoPasswordHash, historyWeeks: 0 });
    const held = await counts(target);
    const err = await copyDeployment(source, target).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TargetNotEmptyError);
    expect((err as TargetNotEmptyError).tables.map((t) => t.table)).toEqual(expect.arrayContaining(['grids', 'counties', 'users']));
    expect((err as Error).message).toMatch(/^the target database is not empty \(.*grids: 30 rows/);
    expect(await counts(target)).toEqual(held);
  });

  it.runIf(testDialect === 'postgres')('undoes the whole copy when one row cannot be stored (a NUL character PostgreSQL text cannot hold)', async () => {
    const { store: source, problemId } = await usedDeployment();
    source.client.prepare('update problems set description = ? where id = ?').run('坏\u0000数据', problemId);
    const target = await testStore();
    await expect(copyDeployment(source, target)).rejects.toThrow();
    expect(Object.values(await counts(target)).every((n) => n === 0)).toBe(true);
  });
});
