import * as p from 'drizzle-orm/pg-core';
import type { Kit } from './kit.ts';

/**
 * The PostgreSQL side of the column vocabulary (see kit.ts): the same names and the same
 * JavaScript values. Instants are bigint read as numbers (epoch milliseconds stay below
 * 2^53), real is double precision, JSON is jsonb. PostGIS's generated geometry columns and their
 * GiST indexes are not declared here: api/drizzle-pg/0001_postgis.sql adds them, so no query
 * selects them by accident (db/spatial.ts uses them by name).
 */
export const pgKit = {
  table: p.pgTable,
  text: p.text,
  int: (name: string) => p.integer(name),
  ms: (name: string) => p.bigint(name, { mode: 'number' }),
  real: (name: string) => p.doublePrecision(name),
  bool: (name: string) => p.boolean(name),
  json: (name: string) => p.jsonb(name),
  serial: (name: string) => p.integer(name).primaryKey().generatedByDefaultAsIdentity(),
  index: p.index,
  uniqueIndex: p.uniqueIndex,
  primaryKey: p.primaryKey,
} as unknown as Kit;
