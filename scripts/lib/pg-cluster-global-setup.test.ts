import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestProject } from 'vitest/node';
import { freshDatabase } from './pg-cluster-databases.ts';
import setup, { PG_URL_ENV, pgGlobalSetup } from './pg-cluster-global-setup.ts';

/** the part of vitest's TestProject a globalSetup uses: provide */
function fakeProject() {
  const provided: Record<string, unknown> = {};
  return { provided, project: { provide: (key: string, value: unknown) => void (provided[key] = value) } as unknown as TestProject };
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

const before = process.env[PG_URL_ENV];
afterEach(() => {
  if (before === undefined) delete process.env[PG_URL_ENV];
  else process.env[PG_URL_ENV] = before;
});

describe('pg-cluster globalSetup', () => {
  it('starts one cluster with a migrated template, hands both to the tests, and stops it in teardown', async () => {
    delete process.env[PG_URL_ENV];
    const { provided, project } = fakeProject();
    const teardown = await pgGlobalSetup({ template: { name: 'wangge_template', setup: (url) => query(url, 'CREATE TABLE grid (id text PRIMARY KEY)').then(() => undefined) } })(project);
    const url = provided.pgUrl as string;
    expect(url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/wangge$/);
    expect(process.env[PG_URL_ENV]).toBe(url);
    expect(provided.pgTemplate).toBe('wangge_template');
    expect(await query(url, `SELECT count(*)::int n FROM pg_extension WHERE extname = 'postgis'`)).toEqual([{ n: 1 }]);
    const db = await freshDatabase(url, provided.pgTemplate as string);
    expect(await query(db.url, `SELECT to_regclass('grid')::text t`)).toEqual([{ t: 'grid' }]);
    const [{ d }] = await query<{ d: string }>(url, `SELECT current_setting('data_directory') d`);
    await teardown!();
    expect(process.env[PG_URL_ENV]).toBeUndefined();
    expect(existsSync(d)).toBe(false);
  }, 120_000);

  it('uses a server already given in WANGGE_TEST_PG_URL and starts nothing', async () => {
    process.env[PG_URL_ENV] = 'postgres://ci@db.example:5432/wangge';
    const { provided, project } = fakeProject();
    expect(await setup(project)).toBeUndefined();
    expect(provided).toEqual({ pgUrl: 'postgres://ci@db.example:5432/wangge', pgTemplate: '' });
  });
});
