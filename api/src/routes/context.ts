import type { Basemap } from '@wangge/geodata';
import type { Clock } from '../clock.ts';
import type { Store } from '../db/store.ts';

/** What every route reads: the storage backend, the clock and where photos live, injected so tests control all three. */
export interface AppDeps {
  store: Store;
  clock: Clock;
  /** folder for uploaded photos (shared by every API process); without it uploads are refused */
  photoDir?: string;
  /** the configured raster basemap, passed to the web app by GET /api/config; none when absent */
  basemap?: Basemap | null;
}
