import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { contentSecurityPolicy } from '../http/security.ts';
import { DEMO_PASSWORD, errorOf, loginAs, sqlRow, tinyApp } from '../test/fixture.ts';

const PROBLEM = JSON.stringify({ lon: 100.002, lat: 30.002, category: '环境卫生', description: '垃圾' });

async function problemCount(store: Awaited<ReturnType<typeof tinyApp>>['store']) {
  return Number((await sqlRow<{ n: number }>(store, 'select count(*) as n from problems'))!.n);
}

describe('writes come from the app’s own pages', () => {
  it('refuses a cross-origin form (urlencoded, Origin elsewhere) and stores nothing', async () => {
    const { app, store } = await tinyApp();
    const cookie = await loginAs(app, 'inspector');
    const before = await problemCount(store);
    const res = await app.request('http://wangge.test/api/problems', {
      method: 'POST',
      headers: { cookie, origin: 'http://evil.example', 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'lon=100.002&lat=30.002&category=x&description=y',
    });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('cross_origin');
    expect(await problemCount(store)).toBe(before);
  });

  it('refuses a page on the same site but another origin, even sending JSON as text/plain', async () => {
    const { app } = await tinyApp();
    const cookie = await loginAs(app, 'inspector');
    const sibling = await app.request('http://wangge.test/api/problems', { method: 'POST', headers: { cookie, origin: 'http://blog.wangge.test', 'sec-fetch-site': 'same-site', 'content-type': 'text/plain' }, body: PROBLEM });
    expect(sibling.status).toBe(403);
    const noFetchMetadata = await app.request('http://wangge.test/api/problems', { method: 'POST', headers: { cookie, origin: 'http://blog.wangge.test', 'content-type': 'application/json' }, body: PROBLEM });
    expect(noFetchMetadata.status).toBe(403);
  });

  it('refuses a body that is neither JSON nor multipart, from anywhere', async () => {
    const { app } = await tinyApp();
    const cookie = await loginAs(app, 'inspector');
    const res = await app.request('http://wangge.test/api/problems', { method: 'POST', headers: { cookie, 'content-type': 'text/plain' }, body: PROBLEM });
    expect(res.status).toBe(415);
    expect((await errorOf(res)).code).toBe('unsupported_media_type');
  });

  it('takes a browser’s bodiless DELETE from the app’s page (no Content-Length on the wire: no body)', async () => {
    const { app } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const made = await app.request('http://wangge.test/api/webhooks', { method: 'POST', headers: { cookie: admin, 'content-type': 'application/json' }, body: JSON.stringify({ name: '群', kind: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' }) });
    expect(made.status, await made.clone().text()).toBe(201);
    const { id } = (await made.json()) as { id: string };
    // what Node's server hands the app for it: a body stream, and the socket's headers without a length
    const onTheWire = { incoming: { headers: { host: 'wangge.test', origin: 'http://wangge.test' } } };
    const headers = { cookie: admin, host: 'wangge.test', origin: 'http://wangge.test', 'sec-fetch-site': 'same-origin' };
    const res = await app.request(`http://wangge.test/api/webhooks/${id}`, { method: 'DELETE', headers, body: new ReadableStream(), duplex: 'half' } as RequestInit, onTheWire);
    expect(res.status, await res.text()).toBe(200);
    const typed = await app.request('http://wangge.test/api/webhooks', { method: 'POST', headers, body: '{}', duplex: 'half' } as RequestInit, { incoming: { headers: { 'content-length': '2' } } });
    expect(typed.status).toBe(415);
  });

  it('takes the app’s own JSON writes, and those of clients that send no Origin (the CLI)', async () => {
    const { app } = await tinyApp();
    const cookie = await loginAs(app, 'inspector');
    const own = await app.request('http://wangge.test/api/problems', { method: 'POST', headers: { cookie, host: 'wangge.test', origin: 'http://wangge.test', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }, body: PROBLEM });
    expect(own.status).toBe(201);
    const cli = await app.request('http://wangge.test/api/problems', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: PROBLEM });
    expect(cli.status).toBe(201);
  });
});

describe('security headers', () => {
  it('come with every response: the API, errors and the web app', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'wangge-web-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>wangge</title>');
    const { store, clock } = await tinyApp();
    const app = createApp({ store, clock, webDist: dist });
    for (const path of ['/api/health', '/api/nothing', '/', '/map']) {
      const res = await app.request(path);
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'self'");
    }
  });

  it('allow no inline script, workers from the app (and blob:), and tiles only from the basemap’s hosts', () => {
    const none = contentSecurityPolicy(null);
    expect(none).toContain("script-src 'self';");
    expect(none).toContain("worker-src 'self' blob:");
    expect(none).toContain("connect-src 'self';");
    const osm = contentSecurityPolicy({ name: 'osm', layers: [{ tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'] }], attribution: 'OSM', maxzoom: 19 });
    expect(osm).toContain("connect-src 'self' https://tile.openstreetmap.org;");
    expect(osm).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org;");
  });
});

describe('the session cookie', () => {
  const login = (app: ReturnType<typeof createApp>, url: string, headers: Record<string, string> = {}) =>
    app.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }) });

  it('is Secure over HTTPS, and behind a trusted TLS proxy', async () => {
    const { store, clock } = await tinyApp();
    const direct = createApp({ store, clock });
    expect((await login(direct, 'https://wangge.test/api/auth/login')).headers.get('set-cookie')).toMatch(/; Secure/);
    expect((await login(direct, 'http://wangge.test/api/auth/login', { 'x-forwarded-proto': 'https' })).headers.get('set-cookie')).not.toMatch(/Secure/);
    const proxied = createApp({ store, clock, trustProxy: true });
    expect((await login(proxied, 'http://wangge.test/api/auth/login', { 'x-forwarded-proto': 'https' })).headers.get('set-cookie')).toMatch(/; Secure/);
    expect((await login(proxied, 'http://wangge.test/api/auth/login', { 'x-forwarded-proto': 'http' })).headers.get('set-cookie')).not.toMatch(/Secure/);
  });
});
