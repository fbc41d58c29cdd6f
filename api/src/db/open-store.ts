import { openPgStore } from './pg-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

/** The configured backend: PostgreSQL when a postgres:// URL is given, else the SQLite file. */
export async function openStore(where: { databaseUrl?: string | null; dbFile: string }): Promise<Store> {
  if (where.databaseUrl) return openPgStore(where.databaseUrl);
  return openSqliteStore(where.dbFile);
}
