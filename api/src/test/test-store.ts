import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { openPgStore } from '../db/pg-store.ts';
import { openSqliteStore } from '../db/sqlite-store.ts';
import type { Store } from '../db/store.ts';

/**
 * The backend the API suite runs on: SQLite in memory (project "api"), or — in project "api-pg",
 * whose globalSetup starts a throw-away cluster and migrates a template database — a fresh
 * PostgreSQL database copied from that template for each store. The same tests run on both.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
    pgTemplate: string;
  }
}

const pgUrl = inject('pgUrl') as string | undefined;
const pgTemplate = inject('pgTemplate');
const templateUrl = pgUrl && pgTemplate ? withDatabase(pgUrl, pgTemplate) : null;
export const testDialect = templateUrl ? 'postgres' : 'sqlite';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

const opened: { store: Store; database?: string }[] = [];

const databaseUrl = (name: string) => withDatabase(templateUrl!, name);

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new, empty, migrated database of the backend under test; closed (and dropped) after the file's tests. */
export async function testStore(): Promise<Store> {
  if (!templateUrl) {
    const store = openSqliteStore(':memory:');
    opened.push({ store });
    return store;
  }
  const template = new URL(templateUrl).pathname.slice(1);
  const database = `t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${database} template ${template}`));
  const store = await openPgStore(databaseUrl(database), { poolSize: 3 });
  opened.push({ store, database });
  return store;
}

afterAll(async () => {
  const all = opened.splice(0);
  await Promise.all(all.map((o) => o.store.close()));
  const dbs = all.flatMap((o) => (o.database ? [o.database] : []));
  // forced: a download thread's reader keeps its idle connections a while after its job
  if (dbs.length) await admin(async (c) => { for (const d of dbs) await c.query(`drop database if exists ${d} with (force)`); });
});

/** Rows of a plain SQL query on either backend (tests read what was stored, as a human would check). */
export async function sqlRows<T = Record<string, unknown>>(store: Store, text: string): Promise<T[]> {
  if (store.dialect === 'sqlite') return (store as unknown as { client: { prepare(s: string): { all(): unknown[] } } }).client.prepare(text).all() as T[];
  return (await (store as unknown as { pool: pg.Pool }).pool.query(text)).rows as T[];
}

export async function sqlRow<T = Record<string, unknown>>(store: Store, text: string): Promise<T | undefined> {
  return (await sqlRows<T>(store, text))[0];
}

export async function sqlExec(store: Store, text: string): Promise<void> {
  if (store.dialect === 'sqlite') (store as unknown as { client: { exec(s: string): void } }).client.exec(text);
  else await (store as unknown as { pool: pg.Pool }).pool.query(text);
}

/** A JSON column as read by sqlRows: text on SQLite, already parsed (jsonb) on PostgreSQL. */
export function jsonOf(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/**
 * Where a test store's database lives, for a second connection or another process to open: the
 * PostgreSQL URL, or null for SQLite in memory (which only its own connection can see).
 */
export function databaseUrlOf(store: Store): string | null {
  const database = opened.find((o) => o.store === store)?.database;
  return database ? databaseUrl(database) : null;
}

/** A second store on the same PostgreSQL database (its own pool), closed with the others; null on SQLite in memory. */
export async function secondStore(store: Store): Promise<Store | null> {
  const url = databaseUrlOf(store);
  if (!url) return null;
  const other = await openPgStore(url, { poolSize: 3 });
  opened.push({ store: other });
  return other;
}
