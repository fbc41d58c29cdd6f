import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { pgDataVersionsSql } from './data-versions.ts';
import { pgKit } from './kit-pg.ts';
import type { Db, Q, Store, TxOptions } from './store.ts';
import { defineTables } from './tables.ts';

// bigint columns hold epoch milliseconds and counts, all below 2^53: read them as numbers
pg.types.setTypeParser(20, (v) => Number(v));

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle-pg');
const POSTGIS = resolve(dirname(fileURLToPath(import.meta.url)), 'postgis.sql');
/** any fixed number: the processes of one deployment take this lock to migrate one at a time */
const MIGRATION_LOCK = 72_946_551;

export interface PgStore extends Store {
  readonly pool: pg.Pool;
}

export interface PgOptions {
  /** connections per process (default 10) */
  poolSize?: number;
}

/**
 * Connects to PostgreSQL (PostGIS is created if missing) and migrates. Several API processes
 * may start at once: the migration runs under an advisory lock, so one migrates and the others
 * find it done.
 */
export async function openPgStore(url: string, options: PgOptions = {}): Promise<PgStore> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  const t = defineTables(pgKit);
  const orm = drizzle(pool);
  const conn = await pool.connect();
  try {
    await conn.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await conn.query('create extension if not exists postgis');
    await migrate(drizzle(conn), { migrationsFolder: MIGRATIONS });
    await conn.query(readFileSync(POSTGIS, 'utf8'));
    await conn.query(pgDataVersionsSql());
  } finally {
    await conn.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    conn.release();
  }
  const inTx = new AsyncLocalStorage<Q>();
  const store: PgStore = {
    dialect: 'postgres',
    // inside a transaction every read sees its writes: a service's reads after a nested tx() go to the same connection
    get db() {
      return (inTx.getStore()?.db ?? orm) as unknown as Db;
    },
    t,
    pool,
    source: { dialect: 'postgres', url },
    tx<T>(fn: (q: Q) => Promise<T>, options: TxOptions = {}): Promise<T> {
      const open = inTx.getStore();
      if (open) return fn(open);
      return orm.transaction(
        (tx) => {
          const q: Q = { dialect: 'postgres', db: tx as unknown as Db, t };
          return inTx.run(q, () => fn(q));
        },
        options.readOnly ? { isolationLevel: 'repeatable read', accessMode: 'read only' } : undefined,
      );
    },
    async close() {
      await pool.end();
    },
  };
  return store;
}

/** A connection to an already migrated database, for reads away from the API's own pool (a download's worker thread). */
export function openPgReader(url: string): { q: Q; close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 5000 });
  const db = drizzle(pool) as unknown as Db;
  return { q: { dialect: 'postgres', db, t: defineTables(pgKit) }, close: () => pool.end() };
}
