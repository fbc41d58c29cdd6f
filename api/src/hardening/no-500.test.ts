import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProblemDetailResponse } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { errorOf, loginAs, tinyApp } from '../test/fixture.ts';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('no input makes a 500', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses JSON nested deeper than the limit with 400 bad_json, on every field it could hide in', async () => {
    const { app } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const inspector = await loginAs(app, 'inspector');
    const cases: [string, string, string, string][] = [
      ['PUT', '/api/grids/G1', planner, `{"version":1,"geometry":{"type":"Polygon","coordinates":${nested(5000)}}}`],
      ['POST', '/api/problems', inspector, `{"lon":100.002,"lat":30.002,"category":"环境卫生","description":${nested(5000)}}`],
      ['POST', '/api/grids/batch', planner, `{"updates":${nested(20000)}}`],
    ];
    for (const [method, path, cookie, body] of cases) {
      const res = await app.request(path, { method, headers: { 'content-type': 'application/json', cookie }, body });
      expect(res.status, `${method} ${path}`).toBe(400);
      expect((await errorOf(res)).code).toBe('bad_json');
    }
  });

  it('still takes a MultiPolygon (four levels) and JSON with brackets inside strings', async () => {
    const { app } = await tinyApp();
    const res = await app.request('/api/problems', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await loginAs(app, 'inspector') },
      body: JSON.stringify({ lon: 100.002, lat: 30.002, category: '环境卫生', description: `垃圾 ${'[{'.repeat(100)} \\" [` }),
    });
    expect(res.status).toBe(201);
  });

  it('refuses a NUL character in any string or key of a JSON body (PostgreSQL text cannot hold one), and takes an escaped backslash-u', async () => {
    const { app } = await tinyApp();
    const inspector = await loginAs(app, 'inspector');
    const send = (path: string, body: string, cookie?: string) => app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie && { cookie }) }, body });
    for (const [path, body, cookie] of [
      ['/api/auth/login', '{"username":"\\u0000","password":"wrong-password"}', undefined],
      ['/api/problems', '{"lon":100.002,"lat":30.002,"category":"环境卫生","description":"垃圾","x":{"a\\u0000":1}}', inspector],
    ] as const) {
      const res = await send(path, body, cookie);
      expect(res.status, path).toBe(400);
      expect(await errorOf(res), path).toMatchObject({ code: 'bad_json', message: 'request body holds a NUL character (\\u0000), which no text here may contain' });
    }
    const literal = await send('/api/problems', '{"lon":100.002,"lat":30.002,"category":"环境卫生","description":"路牌写着 \\\\u0000"}', inspector);
    expect(literal.status).toBe(201);
  });

  it('answers a malformed percent-encoding with 400 and logs no stack trace', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'wangge-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>wangge</title>');
    const { store, clock } = await tinyApp();
    const app = createApp({ store, clock, webDist: dist });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const path of ['/%ZZ', '/assets/%E0%A4%A', '/api/grids/%ZZ', '/api/problems?q=%ZZ']) {
      const res = await app.request(path);
      expect(res.status, path).toBeLessThan(500);
    }
    expect((await app.request('/%ZZ')).status).toBe(400);
    expect(logged).not.toHaveBeenCalled();
  });

  it('gives problems filed in the same millisecond different ids, whatever Math.random says', async () => {
    const { app } = await tinyApp();
    const cookie = await loginAs(app, 'inspector');
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const file = () =>
      app.request('/api/problems', { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ lon: 100.002, lat: 30.002, category: '环境卫生', description: '垃圾' }) });
    const responses = await Promise.all(Array.from({ length: 20 }, file));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as ProblemDetailResponse).id));
    expect(new Set(ids).size).toBe(20);
  });

  it('keeps a route’s own size limit for a chunked body (no Content-Length), reading little past it', async () => {
    const { app } = await tinyApp();
    let pulled = 0;
    const chunk = new TextEncoder().encode(`{"username":"${'x'.repeat(16_000)}`);
    const body = new ReadableStream({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
        if (pulled > 20_000_000) controller.close();
      },
    });
    const res = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(100_000);
  });
});
