import { sql, type SQL } from 'drizzle-orm';
import type { Q } from './store.ts';

/** The first row of a query, or undefined: SQLite's `.get()` in a form both backends run. */
export async function first<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
  return (await query)[0];
}

/**
 * Rows of a built query as arrays of column values, for reads of 100,000s of rows where an
 * object per row costs more than the work done with it.
 */
export async function rawRows<T extends unknown[]>(q: Q, query: { toSQL(): { sql: string; params: unknown[] } }): Promise<T[]> {
  const { sql: text, params } = query.toSQL();
  if (q.dialect === 'sqlite') {
    const client = (q.db as unknown as { $client: { prepare(s: string): { raw(): { all(...p: unknown[]): unknown[] } } } }).$client;
    return client.prepare(text).raw().all(...params) as T[];
  }
  // the pool for the database, the transaction's own connection inside one
  const { client } = (q.db as unknown as { session: { client: { query(c: { text: string; values: unknown[]; rowMode: 'array' }): Promise<{ rows: unknown[][] }> } } }).session;
  return (await client.query({ text, values: params, rowMode: 'array' })).rows as T[];
}

/** One column of a built query as a plain array (see rawRows). */
export async function pluck<T>(q: Q, query: { toSQL(): { sql: string; params: unknown[] } }): Promise<T[]> {
  return (await rawRows<[T]>(q, query)).map((r) => r[0]);
}

/** `count(*)` as a number on both backends (PostgreSQL answers a bigint as text). */
export const countAll = () => sql<number>`count(*)`.mapWith(Number) as SQL.Aliased<number> | SQL<number>;
