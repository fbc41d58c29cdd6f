import type { Basemap } from '@wangge/geodata';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';

/** What every route reads: the database, the clock and where photos live, injected so tests control all three. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  /** folder for uploaded photos (under the data folder); without it uploads are refused */
  photoDir?: string;
  /** the configured raster basemap, passed to the web app by GET /api/config; none when absent */
  basemap?: Basemap | null;
}
