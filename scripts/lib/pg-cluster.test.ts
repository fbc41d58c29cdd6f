import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, makeTemplate, withDatabase } from './pg-cluster-databases.ts';
import { defaultTempDir, freePort, startPgCluster, type PgCluster } from './pg-cluster.ts';

const root = join(import.meta.dirname, '../..');

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** whether anything accepts a TCP connection on 127.0.0.1:port */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

async function until(what: string, check: () => Promise<boolean>, seconds: number): Promise<void> {
  for (let waited = 0; !(await check()); waited += 0.25) {
    if (waited > seconds) throw new Error(`still waiting after ${seconds} s: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('startPgCluster', () => {
  let cluster: PgCluster;
  /** its own temp folder, so this run builds the golden data folder rather than finding one */
  let temp: string;
  beforeAll(async () => {
    temp = mkdtempSync(join(defaultTempDir(), 'pg-cluster-test-'));
    // the server's user (postgres, when the tests run as root) must reach the folders inside
    chmodSync(temp, 0o755);
    cluster = await startPgCluster({ tempDir: temp });
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
    rmSync(temp, { recursive: true, force: true });
  });

  it('serves PostGIS 3 on 127.0.0.1, trust auth, durability off', async () => {
    expect(cluster.url).toBe(`postgres://postgres@127.0.0.1:${cluster.port}/wangge`);
    const [row] = await query<{ v: string; listen: string; fsync: string; area: number; inside: boolean }>(
      cluster.url,
      `SELECT postgis_lib_version() v, current_setting('listen_addresses') listen, current_setting('fsync') fsync,
              ST_Area(ST_MakeEnvelope(0, 0, 2, 3, 4326)) area,
              ST_Contains(ST_MakeEnvelope(0, 0, 2, 3, 4326), ST_SetSRID(ST_Point(1, 1), 4326)) inside`,
    );
    expect(row.v).toMatch(/^3\./);
    expect(row).toMatchObject({ listen: '127.0.0.1', fsync: 'off', area: 6, inside: true });
  });

  it('copies a migrated template into a fresh database per test file, each with its own rows', async () => {
    const template = await makeTemplate(cluster.url, 'wangge_template', async (url) => {
      await query(url, 'CREATE TABLE grid (id text PRIMARY KEY, geom geometry(Polygon, 4326))');
      await query(url, `INSERT INTO grid VALUES ('g1', ST_MakeEnvelope(105.6, 27.1, 105.61, 27.11, 4326))`);
    });
    const [a, b] = await Promise.all([freshDatabase(cluster.url, template), freshDatabase(cluster.url, template, { strategy: 'WAL_LOG' })]);
    expect(a.name).not.toBe(b.name);
    await query(a.url, `INSERT INTO grid VALUES ('g2', ST_MakeEnvelope(105.61, 27.1, 105.62, 27.11, 4326))`);
    expect(await query(a.url, 'SELECT id FROM grid ORDER BY id')).toEqual([{ id: 'g1' }, { id: 'g2' }]);
    expect(await query(b.url, 'SELECT id FROM grid ORDER BY id')).toEqual([{ id: 'g1' }]);
    const open = new pg.Client({ connectionString: a.url });
    await open.connect();
    open.on('error', () => {});
    // drop ends the connections a test left open
    await a.drop();
    await b.drop();
    const names = await query<{ datname: string }>(withDatabase(cluster.url, 'postgres'), 'SELECT datname FROM pg_database WHERE datname = ANY($1)', [[a.name, b.name]]);
    expect(names).toEqual([]);
  });

  it('builds the golden data folder once and copies it for the next cluster', async () => {
    const golden = () => readdirSync(temp).filter((f) => f.startsWith('wangge-pg-golden-'));
    expect(golden()).toHaveLength(1);
    const ready = join(temp, golden()[0], 'ready');
    expect(readFileSync(ready, 'utf8')).toMatch(/^postgres \(PostgreSQL\) 15\..* \/ PostGIS 3\./);
    const built = statSync(ready).mtimeMs;
    const second = await startPgCluster({ tempDir: temp, database: 'second' });
    try {
      expect(second.port).not.toBe(cluster.port);
      expect(await query(second.url, 'SELECT ST_Area(ST_MakeEnvelope(0, 0, 4, 5)) a')).toEqual([{ a: 20 }]);
      expect(golden()).toHaveLength(1);
      expect(statSync(ready).mtimeMs).toBe(built);
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('refuses a database name that would need quoting', async () => {
    await expect(freshDatabase(cluster.url, 'Robert"); DROP')).rejects.toThrow('database name "Robert"); DROP" must be lower-case letters');
  });

  // last in this block: it stops the block's cluster
  it('stops: nothing listens on the port any more and the folder is gone; stopping again is harmless', async () => {
    expect(await listening(cluster.port)).toBe(true);
    expect(existsSync(join(cluster.dir, 'data'))).toBe(true);
    await cluster.stop();
    expect(await listening(cluster.port)).toBe(false);
    expect(existsSync(cluster.dir)).toBe(false);
    await cluster.stop();
  });
});

describe('a run that ends without stop()', () => {
  interface Ended {
    port: number;
    dir: string;
    status: number | null;
    signal: NodeJS.Signals | null;
    /** whether the folder was still there the moment the process was gone */
    leftDir: boolean;
  }
  /** both children start their clusters at once: each start is mostly waiting on initdb */
  let ended: Record<'exit' | 'kill', Ended>;
  beforeAll(async () => {
    const child = (how: 'exit' | 'kill') =>
      new Promise<Ended>((resolve, reject) => {
        const p = spawn(process.execPath, ['--import', 'tsx', 'scripts/lib/pg-cluster-child.fixture.ts', how], { cwd: root });
        let out = '';
        let err = '';
        p.stdout.on('data', (d) => (out += d));
        p.stderr.on('data', (d) => (err += d));
        p.on('error', reject);
        p.on('close', (status, signal) => {
          const line = out.trim().split('\n').pop() ?? '';
          if (!line.startsWith('{')) return reject(new Error(`the child printed no cluster: ${err}`));
          const { port, dir } = JSON.parse(line) as { port: number; dir: string };
          resolve({ port, dir, status, signal, leftDir: existsSync(dir) });
        });
      });
    const [exit, kill] = await Promise.all([child('exit'), child('kill')]);
    ended = { exit, kill };
  }, 120_000);

  it('exits normally: the exit hook stops the server before the process is gone', async () => {
    expect(ended.exit.status).toBe(0);
    expect(ended.exit.leftDir).toBe(false);
    expect(await listening(ended.exit.port)).toBe(false);
  });

  it('is killed outright: the watchdog stops the server and removes its folder', async () => {
    expect(ended.kill.signal).toBe('SIGKILL');
    await until('the killed run’s server to stop', async () => !existsSync(ended.kill.dir) && !(await listening(ended.kill.port)), 30);
  }, 60_000);
});

describe('freePort', () => {
  it('gives a port that can be listened on', async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
    await new Promise((r) => server.close(r));
    expect(port).toBeGreaterThan(0);
  });
});
