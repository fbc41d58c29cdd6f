import type { Basemap } from '@wangge/geodata';
import type { Clock } from '../clock.ts';
import type { Store } from '../db/store.ts';
import type { Outbound } from '../services/outbound.ts';

/** What every route reads: the storage backend, the clock and where photos live, injected so tests control all three. */
export interface AppDeps {
  store: Store;
  clock: Clock;
  /** folder for uploaded photos (shared by every API process); without it uploads are refused */
  photoDir?: string;
  /** the configured basemap, passed to the web app by GET /api/config; none when absent */
  basemap?: Basemap | null;
  /** a PMTiles basemap's file, served at /api/basemap.pmtiles with range requests */
  basemapArchive?: string | null;
  /** group messages and text messages out; without it the app makes a webhook sender of its own (no links, no text messages) */
  outbound?: Outbound;
  /** WANGGE_TRUST_PROXY: a reverse proxy in front sets X-Forwarded-For and X-Forwarded-Proto; otherwise both are ignored */
  trustProxy?: boolean;
  /** the machine's time, for waits measured in real seconds (the login throttle) even when `clock` is fixed; the system clock by default */
  machineClock?: Clock;
  /** WANGGE_PHOTO_QUOTA: photos one account may store per day (DEFAULT_PHOTO_QUOTA when absent) */
  photoQuota?: number;
}
