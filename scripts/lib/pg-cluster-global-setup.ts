/**
 * Vitest globalSetup: one throw-away PostgreSQL + PostGIS cluster for the whole run, started
 * before the first test file and stopped after the last.
 *
 * Wiring (vitest.config.ts, in the project that needs PostgreSQL):
 *   { test: { name: 'api', …, globalSetup: ['../scripts/lib/pg-cluster-global-setup.ts'] } }
 * and in a test file (or the test kit it imports):
 *   import { inject } from 'vitest';
 *   const db = await freshDatabase(inject('pgUrl'), template);
 *
 * The URL is given twice: `inject('pgUrl')` in the test files, and WANGGE_TEST_PG_URL in the
 * environment, which worker processes inherit (for code that runs outside a test's context).
 * With WANGGE_TEST_PG_URL already set, that server is used and nothing is started.
 */
import type { TestProject } from 'vitest/node';
import { startPgCluster } from './pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://…/wangge on the run's cluster, PostGIS installed */
    pgUrl: string;
  }
}

export const PG_URL_ENV = 'WANGGE_TEST_PG_URL';

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env[PG_URL_ENV];
  if (given) {
    project.provide('pgUrl', given);
    return undefined;
  }
  const cluster = await startPgCluster();
  process.env[PG_URL_ENV] = cluster.url;
  project.provide('pgUrl', cluster.url);
  return async () => {
    delete process.env[PG_URL_ENV];
    await cluster.stop();
  };
}
