import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The main e2e app: Wednesday after the week's deadline, so the seeded week shows late and missing grids. */
export const MAIN_PORT = Number(process.env.E2E_PORT ?? 8091);
export const MAIN_NOW = '2026-11-25T10:00:00+08:00';

/**
 * A second app for the report cycle, on Monday 10:00 — before that week's 12:00 deadline — so a
 * report submitted there is on time and a pending grid turns on_time (reports.spec.ts).
 */
export const REPORTS_PORT = MAIN_PORT + 1;
export const REPORTS_NOW = '2026-11-23T10:00:00+08:00';

/**
 * A third app for grid changes that must not move the record (week-history.spec.ts): Monday 09:00,
 * before that week's deadline, on a database of its own, since it splits and merges seeded grids.
 */
export const HISTORY_PORT = MAIN_PORT + 2;
export const HISTORY_NOW = '2026-11-23T09:00:00+08:00';
export const HISTORY_URL = `http://localhost:${HISTORY_PORT}`;
/** A fourth app holding a city: Dafang and its two synthetic neighbours (WANGGE_SEED=demo-city; city.spec.ts). */
export const CITY_PORT = MAIN_PORT + 3;
export const CITY_URL = process.env.E2E_CITY_URL ?? `http://localhost:${CITY_PORT}`;

/** Point the suite at already running apps instead of starting them (for local debugging). */
export const EXTERNAL_URL = process.env.E2E_BASE_URL;
export const REPORTS_URL = process.env.E2E_REPORTS_URL ?? `http://localhost:${REPORTS_PORT}`;

export const dbFor = (port: number) => join(tmpdir(), `wangge-e2e-${port}.db`);

/**
 * The app whose clock the reminders spec moves: it starts and stops it itself, on one database,
 * with WANGGE_NOW set to each moment of the week it visits (reminders.spec.ts, clock-server.ts).
 */
export const REMINDERS_PORT = MAIN_PORT + 4;
export const REMINDERS_URL = `http://localhost:${REMINDERS_PORT}`;

/** An app with the default basemap (Dafang's illustrative PMTiles), started by basemap-pmtiles.spec.ts itself. */
export const BASEMAP_PORT = MAIN_PORT + 5;
export const BASEMAP_URL = `http://localhost:${BASEMAP_PORT}`;
