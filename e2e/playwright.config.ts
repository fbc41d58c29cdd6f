import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CITY_PORT, dbFor, EXTERNAL_URL, HISTORY_NOW, HISTORY_PORT, MAIN_NOW, MAIN_PORT, REPORTS_NOW, REPORTS_PORT } from './servers.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/**
 * An app on a fresh database every run, on a fixed clock, so colours and counts are reproducible;
 * no basemap, so the map's colours are the app's own (basemap-pmtiles.spec.ts starts one with Dafang's).
 */
function server(port: number, now: string, seed = 'dafang') {
  const db = dbFor(port);
  return {
    command: `rm -f '${db}' '${db}-wal' '${db}-shm' && node node_modules/.bin/tsx scripts/start.ts`,
    cwd: root,
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    env: { PORT: String(port), WANGGE_DB: db, WANGGE_NOW: now, WANGGE_SEED: seed, WANGGE_BASEMAP: 'none' },
  };
}

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../test-results/e2e-artifacts',
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../test-results/e2e.json' }]],
  use: {
    baseURL: EXTERNAL_URL ?? `http://localhost:${MAIN_PORT}`,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'on-first-retry',
    // the app's service worker answers from its cache, out of page.route's reach: only offline.spec.ts lets it run
    serviceWorkers: 'block',
  },
  // started one after the other, so only the first builds the web app when it is stale
  webServer: EXTERNAL_URL ? undefined : [server(MAIN_PORT, MAIN_NOW), server(REPORTS_PORT, REPORTS_NOW), server(HISTORY_PORT, HISTORY_NOW), server(CITY_PORT, MAIN_NOW, 'demo-city')],
});
