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

/** A third app holding a city: Dafang and its two synthetic neighbours (WANGGE_SEED=demo-city; city.spec.ts). */
export const CITY_PORT = MAIN_PORT + 2;
export const CITY_URL = process.env.E2E_CITY_URL ?? `http://localhost:${CITY_PORT}`;

/** Point the suite at already running apps instead of starting them (for local debugging). */
export const EXTERNAL_URL = process.env.E2E_BASE_URL;
export const REPORTS_URL = process.env.E2E_REPORTS_URL ?? `http://localhost:${REPORTS_PORT}`;

export const dbFor = (port: number) => join(tmpdir(), `wangge-e2e-${port}.db`);
