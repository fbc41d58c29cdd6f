import * as s from 'drizzle-orm/sqlite-core';

/**
 * The column vocabulary our tables are written in, once for both backends. This is the SQLite
 * kit; kit-pg.ts gives the same names PostgreSQL types with the same JavaScript values (epoch
 * milliseconds as numbers, booleans, parsed JSON), so every service reads and writes alike.
 * The table types are SQLite's: a PostgreSQL table made by this vocabulary has the same columns
 * and the same row types, which is what the services depend on.
 */
export const sqliteKit = {
  table: s.sqliteTable,
  text: s.text,
  int: (name: string) => s.integer(name),
  /** an instant as epoch milliseconds */
  ms: (name: string) => s.integer(name),
  real: (name: string) => s.real(name),
  bool: (name: string) => s.integer(name, { mode: 'boolean' }),
  json: (name: string) => s.text(name, { mode: 'json' }),
  /** an auto-numbered integer primary key */
  serial: (name: string) => s.integer(name).primaryKey({ autoIncrement: true }),
  index: s.index,
  uniqueIndex: s.uniqueIndex,
  primaryKey: s.primaryKey,
};

export type Kit = typeof sqliteKit;
