import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestProject } from 'vitest/node';
import setup, { PG_URL_ENV } from './pg-cluster-global-setup.ts';

/** the part of vitest's TestProject a globalSetup uses: provide */
function fakeProject() {
  const provided: Record<string, unknown> = {};
  return { provided, project: { provide: (key: string, value: unknown) => void (provided[key] = value) } as unknown as TestProject };
}

const before = process.env[PG_URL_ENV];
afterEach(() => {
  if (before === undefined) delete process.env[PG_URL_ENV];
  else process.env[PG_URL_ENV] = before;
});

describe('pg-cluster globalSetup', () => {
  it('starts one cluster, hands its URL to the tests and the environment, and stops it in teardown', async () => {
    delete process.env[PG_URL_ENV];
    const { provided, project } = fakeProject();
    const teardown = await setup(project);
    const url = provided.pgUrl as string;
    expect(url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/wangge$/);
    expect(process.env[PG_URL_ENV]).toBe(url);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query<{ n: number }>(`SELECT count(*)::int n FROM pg_extension WHERE extname = 'postgis'`);
    const { rows: dirs } = await c.query<{ d: string }>(`SELECT current_setting('data_directory') d`);
    await c.end();
    expect(rows).toEqual([{ n: 1 }]);
    await teardown!();
    expect(process.env[PG_URL_ENV]).toBeUndefined();
    expect(existsSync(dirs[0].d)).toBe(false);
  }, 120_000);

  it('uses a server already given in WANGGE_TEST_PG_URL and starts nothing', async () => {
    process.env[PG_URL_ENV] = 'postgres://ci@db.example:5432/wangge';
    const { provided, project } = fakeProject();
    expect(await setup(project)).toBeUndefined();
    expect(provided.pgUrl).toBe('postgres://ci@db.example:5432/wangge');
  });
});
