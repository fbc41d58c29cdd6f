/**
 * Vitest globalSetup: one throw-away PostgreSQL + PostGIS cluster for the whole run, started
 * before the first test file and stopped after the last, optionally with a migrated template
 * that each test file copies into a database of its own.
 *
 * Wiring, in vitest.config.ts (a project's globalSetup paths are relative to its root):
 *   { test: { name: 'api', root: 'api', …, globalSetup: ['../scripts/lib/pg-cluster-global-setup.ts'] } }
 * or, with a template, a file of the project's own that says how to migrate:
 *   export default pgGlobalSetup({ template: { name: 'wangge_template', setup: (url) => migrate(url) } });
 * and in a test file (or the test kit it imports):
 *   import { inject } from 'vitest';
 *   const db = await freshDatabase(inject('pgUrl'), inject('pgTemplate'));   // afterAll: db.drop()
 *
 * The URL is given twice: `inject('pgUrl')` in test files, and WANGGE_TEST_PG_URL in the
 * environment, which worker processes inherit (for code that runs outside a test's context).
 * With WANGGE_TEST_PG_URL already set, that server is used and no cluster is started.
 */
import type { TestProject } from 'vitest/node';
import { makeTemplate } from './pg-cluster-databases.ts';
import { startPgCluster } from './pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://…/wangge on the run's cluster, PostGIS installed */
    pgUrl: string;
    /** the migrated template's database name ('' when no template was asked for) */
    pgTemplate: string;
  }
}

export const PG_URL_ENV = 'WANGGE_TEST_PG_URL';

export interface PgGlobalSetupOptions {
  /** made once per run with makeTemplate: `setup` migrates the database at the URL it is given */
  template?: { name: string; setup: (url: string) => Promise<void> };
}

export function pgGlobalSetup(options: PgGlobalSetupOptions = {}) {
  return async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
    const given = process.env[PG_URL_ENV];
    const cluster = given ? null : await startPgCluster();
    const url = given ?? cluster!.url;
    try {
      const template = options.template ? await makeTemplate(url, options.template.name, options.template.setup) : '';
      process.env[PG_URL_ENV] = url;
      project.provide('pgUrl', url);
      project.provide('pgTemplate', template);
    } catch (err) {
      await cluster?.stop();
      throw err;
    }
    if (!cluster) return undefined;
    return async () => {
      delete process.env[PG_URL_ENV];
      await cluster.stop();
    };
  };
}

export default pgGlobalSetup();
