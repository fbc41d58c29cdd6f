import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const port = Number(process.env.E2E_PORT ?? 8091);
const db = join(tmpdir(), `wangge-e2e-${port}.db`);
/** Point the suite at an already running app instead of starting one (for local debugging). */
const externalUrl = process.env.E2E_BASE_URL;

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
    baseURL: externalUrl ?? `http://localhost:${port}`,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'on-first-retry',
  },
  webServer: externalUrl
    ? undefined
    : {
        // a fresh database every run, on a fixed clock, so colours and counts are reproducible
        command: `rm -f '${db}' '${db}-wal' '${db}-shm' && node node_modules/.bin/tsx scripts/start.ts`,
        cwd: root,
        url: `http://localhost:${port}/api/health`,
        reuseExistingServer: false,
        timeout: 180_000,
        stdout: 'pipe',
        stderr: 'pipe',
        env: { PORT: String(port), WANGGE_DB: db, WANGGE_NOW: '2026-11-25T10:00:00+08:00', WANGGE_SEED: 'dafang' },
      },
});
