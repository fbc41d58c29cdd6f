import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { Tables } from './tables.ts';

export type Dialect = 'sqlite' | 'postgres';

/**
 * A drizzle handle on either backend. Typed as SQLite's; on PostgreSQL it is node-postgres's with
 * the same tables. Services therefore only await query builders (`await db.select()…`) and never
 * call SQLite's synchronous `.get() / .all() / .run()`, which PostgreSQL has not got.
 */
export type Db = Omit<BetterSQLite3Database<Record<string, never>>, 'transaction' | 'batch'>;

/**
 * What a service reads and writes through: the database, or one transaction of it. Services take
 * a Q and pass the one they were given on, so a helper called inside a transaction sees its writes.
 */
export interface Q {
  readonly dialect: Dialect;
  readonly db: Db;
  readonly t: Tables;
  /**
   * The county this handle reads and writes (its id; see services/counties.ts): services that list
   * grids, units, reports, problems or settings keep to it. Undefined: every county, which is the
   * only one in a one-county deployment.
   */
  readonly countyId?: string;
}

export interface TxOptions {
  /** reads only, from one consistent snapshot (PostgreSQL: REPEATABLE READ, READ ONLY) */
  readOnly?: boolean;
}

/**
 * Where a store's data lives, for a second connection opened elsewhere (a worker thread reading a
 * large download). Absent for a private in-memory SQLite database, which nothing else can open.
 */
export type StoreSource = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/** A storage backend: SQLite (embedded default) or PostgreSQL + PostGIS. */
export interface Store extends Q {
  readonly source?: StoreSource;
  /**
   * Runs `fn` in one transaction: all of its writes land or none do. Nested calls join the
   * outer transaction.
   */
  tx<T>(fn: (q: Q) => Promise<T>, options?: TxOptions): Promise<T>;
  close(): Promise<void>;
}
