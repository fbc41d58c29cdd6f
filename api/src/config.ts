import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Basemap } from '@wangge/geodata';
import { basemapSettingFromEnv, DAFANG_BASEMAP_FILE } from './basemap.ts';
import { clockFromEnv, type Clock } from './clock.ts';
import { DEFAULT_PHOTO_QUOTA } from './services/upload-quota.ts';

export interface ServerConfig {
  port: number;
  dbFile: string;
  /** WANGGE_DATABASE_URL: a postgres:// URL selects PostgreSQL + PostGIS instead of the SQLite file */
  databaseUrl: string | null;
  /** where uploaded photos are kept (WANGGE_PHOTOS): beside the SQLite file by default; shared by every API process */
  photoDir: string;
  /** WANGGE_SEED: the embedded Dafang dataset, Dafang with two synthetic neighbours, nothing, or a county's dataset folder (absolute) */
  seed: 'dafang' | 'demo-city' | 'none' | { folder: string };
  clock: Clock;
  webDist: string;
  /** the demo accounts' password (WANGGE_DEMO_PASSWORD) */
  demoPassword: string;
  /** the basemap under the map (WANGGE_BASEMAP): Dafang's illustrative PMTiles basemap when Dafang is seeded, else none */
  basemap: Basemap | null;
  /** a PMTiles basemap's file, which the app serves; null for none and raster tiles */
  basemapArchive: string | null;
  /** the app's address as people reach it (WANGGE_PUBLIC_URL), for links in group messages; null: messages carry no link */
  publicUrl: string | null;
  /** WANGGE_TRUST_PROXY: the server sits behind a reverse proxy whose X-Forwarded-For / X-Forwarded-Proto it may believe */
  trustProxy: boolean;
  /** WANGGE_PHOTO_QUOTA: photos one account may store per day (60) */
  photoQuota: number;
  /** WANGGE_WORKERS: API processes sharing the port (node:cluster); 1 serves from this process */
  workers: number;
}

/** Documented in the README: fine for a demo, replaced with real accounts in a deployment. */
export const DEFAULT_DEMO_PASSWORD = 'wangge-demo';

/** Reads the environment once, failing with a message that names the bad variable. */
export function configFromEnv(repoRoot: string, env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT "${env.PORT}" is not a port number`);
  const seedValue = env.WANGGE_SEED?.trim() || 'dafang';
  const seed = seedValue === 'dafang' || seedValue === 'demo-city' || seedValue === 'none' ? seedValue : { folder: resolve(repoRoot, seedValue) };
  if (typeof seed === 'object' && !existsSync(seed.folder)) throw new Error(`WANGGE_SEED "${seedValue}" must be "dafang", "none" or a dataset folder (${seed.folder} does not exist), or "demo-city" (Dafang and two synthetic neighbours)`);
  const databaseUrl = env.WANGGE_DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error(`WANGGE_DATABASE_URL "${databaseUrl}" must be a postgres:// URL`);
  const dbFile = resolve(repoRoot, env.WANGGE_DB ?? 'data/wangge.db');
  const { basemap, archiveFile } = basemapSettingFromEnv(env, repoRoot, seed === 'dafang' || seed === 'demo-city' ? DAFANG_BASEMAP_FILE : null);
  return {
    port,
    dbFile,
    databaseUrl,
    photoDir: resolve(repoRoot, env.WANGGE_PHOTOS ?? join(dirname(dbFile), 'photos')),
    seed,
    clock: clockFromEnv(env),
    webDist: resolve(repoRoot, env.WANGGE_WEB_DIST ?? 'web/dist'),
    demoPassword: env.WANGGE_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    basemap,
    basemapArchive: archiveFile,
    publicUrl: publicUrlFromEnv(env),
    trustProxy: flagFromEnv(env, 'WANGGE_TRUST_PROXY'),
    photoQuota: photoQuotaFromEnv(env),
    workers: workersFromEnv(env),
  };
}

/** More processes than this cannot help on one machine and would only share its connections. */
export const MAX_WORKERS = 64;

function workersFromEnv(env: NodeJS.ProcessEnv): number {
  const value = env.WANGGE_WORKERS?.trim();
  if (!value) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) throw new Error(`WANGGE_WORKERS "${value}" must be a whole number of API processes from 1 to ${MAX_WORKERS}`);
  return n;
}

function publicUrlFromEnv(env: NodeJS.ProcessEnv): string | null {
  const value = env.WANGGE_PUBLIC_URL?.trim();
  if (!value) return null;
  if (!/^https?:\/\/[^/\s]+/.test(value)) throw new Error(`WANGGE_PUBLIC_URL "${value}" must be the app's http:// or https:// address (e.g. https://wangge.example.gov.cn)`);
  return value;
}

function flagFromEnv(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = env[name]?.trim().toLowerCase() ?? '';
  if (['', '0', 'false', 'no'].includes(value)) return false;
  if (['1', 'true', 'yes'].includes(value)) return true;
  throw new Error(`${name} "${env[name]}" must be 1 or 0 (true or false)`);
}

function photoQuotaFromEnv(env: NodeJS.ProcessEnv): number {
  const value = env.WANGGE_PHOTO_QUOTA?.trim();
  if (!value) return DEFAULT_PHOTO_QUOTA;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`WANGGE_PHOTO_QUOTA "${value}" must be a whole number of photos per account per day (at least 1)`);
  return n;
}
