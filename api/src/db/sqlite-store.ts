import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { sqliteDataVersionsSql } from './data-versions.ts';
import { sqliteKit } from './kit.ts';
import type { Db, Q, Store, TxOptions } from './store.ts';
import { defineTables } from './tables.ts';

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export interface SqliteStore extends Store {
  readonly client: Database.Database;
}

/**
 * Opens (creating if needed) and migrates a SQLite database; ':memory:' gives a private one.
 * One connection serves the process. Its statements run synchronously, but a transaction's
 * callback awaits, so transactions take turns (a queue) and a nested call joins the one open in
 * its async context instead of waiting for itself.
 */
export function openSqliteStore(file: string): SqliteStore {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const client = new Database(file);
  client.pragma('journal_mode = WAL');
  // FULL: a write acknowledged to a client survives a power cut, not only a crash of the process (README: Speed)
  client.pragma('synchronous = FULL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  const t = defineTables(sqliteKit);
  const orm = drizzle(client, { schema: {} });
  migrate(orm, { migrationsFolder: MIGRATIONS });
  client.exec(sqliteDataVersionsSql());
  const db = orm as unknown as Db;
  const inTx = new AsyncLocalStorage<true>();
  let turn: Promise<unknown> = Promise.resolve();
  const store: SqliteStore = {
    dialect: 'sqlite',
    db,
    t,
    client,
    source: file === ':memory:' ? undefined : { dialect: 'sqlite', file: resolve(file) },
    tx<T>(fn: (q: Q) => Promise<T>, options: TxOptions = {}): Promise<T> {
      if (inTx.getStore()) return fn(store);
      const run = async () => {
        client.exec(options.readOnly ? 'BEGIN' : 'BEGIN IMMEDIATE');
        try {
          const out = await inTx.run(true, () => fn(store));
          client.exec('COMMIT');
          return out;
        } catch (err) {
          if (client.inTransaction) client.exec('ROLLBACK');
          throw err;
        }
      };
      const result = turn.then(run, run);
      turn = result.catch(() => undefined);
      return result;
    },
    async close() {
      await turn;
      client.close();
    },
  };
  return store;
}

/**
 * A read-only connection to a database another connection has opened and migrated: for a worker
 * thread that reads while the API's own connection writes (WAL lets both go on at once).
 */
export function openSqliteReader(file: string): { q: Q; close(): void } {
  const client = new Database(file, { readonly: true, fileMustExist: true });
  client.pragma('busy_timeout = 5000');
  const db = drizzle(client, { schema: {} }) as unknown as Db;
  return { q: { dialect: 'sqlite', db, t: defineTables(sqliteKit) }, close: () => client.close() };
}
