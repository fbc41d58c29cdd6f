import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../db/sqlite-store.ts';
import type { Store } from '../db/store.ts';
import { seedDataset } from '../seed/seed-dataset.ts';
import { FIRST_WEEK, NOW, demoPasswordHash, sqlRows, tinyCounty } from '../test/fixture.ts';
import { databaseUrlOf, testDialect, testStore } from '../test/test-store.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const script = fileURLToPath(new URL('../test/scheduler-process.ts', import.meta.url));

/** A scheduler in a process of its own on the database `env` names; resolves its runs once told to go. */
function schedulerProcess(env: Record<string, string>, owner: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, env: { ...process.env, ...env, OWNER: owner }, stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  let onReady!: () => void;
  const ready = new Promise<void>((r) => (onReady = r));
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('ready\n')) onReady();
  });
  const done = new Promise<string[]>((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.split('\n').filter(Boolean).at(-1)!) as string[]) : reject(new Error(`scheduler ${owner} exited with ${code}: ${out}`))));
  });
  return { ready, go: () => child.stdin.end('go\n'), done };
}

/** The tiny county in a database two processes can open: a SQLite file, or the test's PostgreSQL database. */
async function sharedDatabase(): Promise<{ store: Store; env: Record<string, string> }> {
  if (testDialect === 'postgres') {
    const store = await testStore();
    return { store, env: { WANGGE_DATABASE_URL: databaseUrlOf(store)! } };
  }
  const file = join(mkdtempSync(join(tmpdir(), 'wangge-race-')), 'race.db');
  return { store: openSqliteStore(file), env: { WANGGE_DB: file } };
}

describe('two API processes', () => {
  it('send Friday’s reminder once between them when they tick at the same moment', async () => {
    const { store, env } = await sharedDatabase();
    await seedDataset(store, 'tiny', tinyCounty, Date.parse(NOW), { historyWeeks: 0, demoPasswordHash, firstWeek: FIRST_WEEK });
    const friday = { ...env, WANGGE_NOW: '2026-11-20T15:00:00+08:00' };
    const a = schedulerProcess(friday, 'a');
    const b = schedulerProcess(friday, 'b');
    await Promise.all([a.ready, b.ready]);
    a.go();
    b.go();
    const runs = (await Promise.all([a.done, b.done])).flat().sort();
    expect(runs).toEqual(['go_to_grid', 'overdue_problems']);
    expect(await sqlRows(store, "select u.username, count(*) as n from notifications n join users u on u.id = n.user_id group by u.username order by u.username")).toEqual([
      { username: 'reporter-u1', n: 1 },
      { username: 'reporter-u2', n: 1 },
      { username: 'reporter-u3', n: 1 },
    ]);
    if (testDialect === 'sqlite') await store.close();
  }, 60_000);
});
