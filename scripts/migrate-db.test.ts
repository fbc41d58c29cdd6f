import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, openPgStore, openSqliteStore, seedDataset } from '@wangge/api';
import { seedDemoCity } from '@wangge/api/seed/demo-city';
import { dafang } from '@wangge/geodata/dafang';
import { startPgCluster, type PgCluster } from './lib/pg-cluster.ts';

const root = join(import.meta.dirname, '..');
let dir: string;
let cluster: PgCluster;
let dbFile: string;

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate-db.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

async function pgCount(url: string, table: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]!.n);
  } finally {
    await c.end();
  }
}

async function createDatabase(name: string): Promise<string> {
  const c = new pg.Client({ connectionString: cluster.urlFor('postgres') });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  return cluster.urlFor(name);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'migrate-db-'));
  cluster = await startPgCluster();
  dbFile = join(dir, 'wangge.db');
  const store = openSqliteStore(dbFile);
  await seedDataset(store, 'dafang', dafang, fixedClock('2026-11-25T10:00:00+08:00')(), { demoPasswordHash: 'x' });
  mkdirSync(join(dir, 'photos'));
  writeFileSync(join(dir, 'photos', 'p1.jpg'), 'jpeg bytes');
  const [problem] = await store.db.select({ id: store.t.problems.id }).from(store.t.problems).limit(1);
  await store.db.insert(store.t.photos).values({ id: 'p1', ownerKind: 'problem', ownerId: problem!.id, path: 'p1.jpg', mime: 'image/jpeg', bytes: 10, createdAt: 0 });
  await store.close();
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run migrate-db', () => {
  it('moves a SQLite deployment into PostgreSQL, table by table with matching checksums, and copies its photos', async () => {
    const url = await createDatabase('moved');
    const r = run('--from', dbFile, '--to', url, '--photos-to', join(dir, 'moved-photos'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^grids\s+30 rows {2}sha256 [0-9a-f]{16} {2}same in both$/m);
    expect(r.stdout).toMatch(/^moved \d+ rows in \d+ tables in [\d.]+ s; every table read back and matched$/m);
    expect(await pgCount(url, 'grids')).toBe(30);
    expect(await pgCount(url, 'photos')).toBe(1);
    expect(readFileSync(join(dir, 'moved-photos', 'p1.jpg'), 'utf8')).toBe('jpeg bytes');
  });

  it('refuses a target that is not empty (exit 2) and leaves it as it was', async () => {
    const url = await createDatabase('twice');
    expect(run('--from', dbFile, '--to', url).code).toBe(0);
    const again = run('--from', dbFile, '--to', url);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^refused: the target database is not empty \(.*grids: 30 rows/);
    expect(await pgCount(url, 'grids')).toBe(30);
  });

  it('moves nothing when a photo file is missing (exit 1), and checks its arguments (exit 2)', async () => {
    const url = await createDatabase('nophotos');
    const r = run('--from', dbFile, '--to', url, '--photos', join(dir, 'elsewhere'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`1 of 1 photo files are not in ${join(dir, 'elsewhere')} (e.g. p1.jpg)`);
    expect(await pgCount(url, 'grids')).toBe(0);
    expect(run('--from', dbFile).stderr).toContain('--to: give a postgres:// URL');
    expect(run('--from', dbFile, '--to', 'mysql://x').stderr).toContain('--to: "mysql://x" is not a postgres:// URL');
    expect(run('--from', join(dir, 'none.db'), '--to', url).code).toBe(2);
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
  });

  it('--county adds one county of a file to a deployment that holds others, and refuses it a second time', async () => {
    const cityFile = join(dir, 'city.db');
    const city = openSqliteStore(cityFile);
    await seedDemoCity(city, fixedClock('2026-11-25T10:00:00+08:00')(), 'x');
    await city.close();
    const url = await createDatabase('city');
    const pgStore = await openPgStore(url, { poolSize: 1 });
    await seedDataset(pgStore, 'dafang', dafang, fixedClock('2026-11-25T10:00:00+08:00')(), { demoPasswordHash: 'x', historyWeeks: 0 });
    await pgStore.close();
    const r = run('--from', cityFile, '--to', url, '--county', '520598');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^not moved \(the deployment's own, not a county's\): .*meta/m);
    expect(await pgCount(url, 'counties')).toBe(2);
    expect(await pgCount(url, "grids where county_id = 'dafang'")).toBe(30);
    expect(await pgCount(url, "grids where county_id <> 'dafang'")).toBeGreaterThan(0);
    const again = run('--from', cityFile, '--to', url, '--county', '520598');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^refused: the target holds 示例东县 \(520598\) already/);
  });
});
