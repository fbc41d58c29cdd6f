import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';

/** What every route reads: the database and the clock, injected so tests control both. */
export interface AppDeps {
  db: Db;
  clock: Clock;
}
