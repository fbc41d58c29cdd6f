import { eq, isNull, or, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Q, Store } from './store.ts';

/** A handle seen from one county: a store's every Q, transactions included, carries `countyId`. */
export function inCounty<T extends Q>(handle: T, countyId: string | undefined): T {
  if (countyId === undefined || handle.countyId === countyId) return handle;
  if (!('tx' in handle)) return { dialect: handle.dialect, db: handle.db, t: handle.t, countyId } as T;
  const store = handle as unknown as Store;
  const scoped: Store = {
    dialect: store.dialect,
    db: store.db,
    t: store.t,
    countyId,
    tx: (fn, options) => store.tx((q) => fn({ ...q, countyId }), options),
    close: () => store.close(),
  };
  return scoped as unknown as T;
}

/**
 * The condition that keeps a query to the handle's county (none when it works across counties).
 * A row that names no county (written by hand, outside the services) is seen from every county.
 */
export function ofCounty(q: Q, column: AnySQLiteColumn): SQL | undefined {
  return q.countyId === undefined ? undefined : or(eq(column, q.countyId), isNull(column));
}
