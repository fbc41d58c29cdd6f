/**
 * Databases on a test cluster: a template migrated once, then a fresh copy per test file
 * (`CREATE DATABASE … TEMPLATE`), which is a file copy instead of running every migration again.
 * Needs only a server URL, so it works on any cluster, throw-away or not.
 *
 *   const template = await makeTemplate(clusterUrl, 'wangge_template', (url) => migrate(url));
 *   const db = await freshDatabase(clusterUrl, template);   // in each test file
 *   …  db.url  …
 *   await db.drop();
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** the same server and credentials as `url`, another database */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

async function onServer<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function checkName(name: string): void {
  if (!NAME.test(name)) throw new Error(`database name "${name}" must be lower-case letters, digits and _ (at most 63), not starting with a digit`);
}

/**
 * Creates `name` as a copy of `from` (default template1, which has PostGIS on a cluster from
 * startPgCluster), makes sure PostGIS is in it, runs `setup` on it (the migrations, any reference
 * data), and marks it a template. Any database of that name is replaced. Every connection `setup`
 * opens must be closed when it resolves: PostgreSQL copies a template only while nobody is
 * connected to it.
 */
export async function makeTemplate(url: string, name: string, setup: (url: string) => Promise<void>, from?: string): Promise<string> {
  checkName(name);
  await onServer(url, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${from ? ` TEMPLATE ${pg.escapeIdentifier(from)}` : ''} STRATEGY FILE_COPY`);
  });
  const target = withDatabase(url, name);
  const c = new pg.Client({ connectionString: target });
  await c.connect();
  try {
    await c.query('CREATE EXTENSION IF NOT EXISTS postgis');
  } finally {
    await c.end();
  }
  await setup(target);
  await onServer(url, (c) => c.query(`ALTER DATABASE ${pg.escapeIdentifier(name)} WITH IS_TEMPLATE true`));
  return name;
}

export interface FreshDatabase {
  readonly name: string;
  readonly url: string;
  /** drops it, ending any connection still open */
  drop(): Promise<void>;
}

/**
 * How PostgreSQL 15 copies a template: WAL_LOG (its default) writes every page to the WAL,
 * FILE_COPY copies the files and checkpoints. For a small template with durability off, on a RAM
 * disk, FILE_COPY was the faster (`npx tsx scripts/bench-pg-cluster.ts` times both).
 */
export type CopyStrategy = 'WAL_LOG' | 'FILE_COPY';

export interface FreshDatabaseOptions {
  /** default "test_"; the name is the prefix and 12 random hex digits */
  prefix?: string;
  strategy?: CopyStrategy;
}

/**
 * A new database copied from `template`, under a unique name, for one test file: tests in
 * different files never see each other's rows.
 */
export async function freshDatabase(url: string, template: string, options: FreshDatabaseOptions = {}): Promise<FreshDatabase> {
  const { prefix = 'test_', strategy = 'FILE_COPY' } = options;
  checkName(template);
  const name = `${prefix}${randomBytes(6).toString('hex')}`;
  checkName(name);
  await onServer(url, (c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)} STRATEGY ${strategy}`));
  return {
    name,
    url: withDatabase(url, name),
    drop: () => onServer(url, (c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)).then(() => undefined),
  };
}
