import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { openSqliteStore } from '../db/sqlite-store.ts';

describe('serving the built web app', () => {
  const dist = mkdtempSync(join(tmpdir(), 'wangge-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>wangge</title>');
  writeFileSync(join(dist, 'assets', 'app-abc.js'), 'console.log(1)');
  const app = createApp({ store: openSqliteStore(':memory:'), clock: fixedClock('2026-11-25T00:00:00Z'), webDist: dist });

  it('serves files and index.html for client routes', async () => {
    const js = await app.request('/assets/app-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    const route = await app.request('/grid/G1');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>wangge</title>');
  });

  it('never answers a missing asset or API path with HTML', async () => {
    for (const path of ['/assets/missing.js', '/favicon-missing.png', '/api/unknown']) {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/json');
    }
  });

  it('does not leave the dist folder', async () => {
    const res = await app.request('/..%2F..%2Fetc%2Fpasswd');
    expect(res.status).toBe(404);
  });
});
