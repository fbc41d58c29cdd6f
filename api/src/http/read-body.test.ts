import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { HttpError } from './errors.ts';
import { readBodyText } from './read-body.ts';

/** A real HTTP server (the refusal's effect on the connection is the point), one route reading its body with a bracket limit of 1,000. */
const app = new Hono();
app.onError((err) => (err instanceof HttpError ? Response.json({ code: err.code }, { status: err.status }) : Response.json({ code: 'internal' }, { status: 500 })));
app.post('/read', async (c) => c.json({ length: (await readBodyText(c, 4_000_000, { max: 1000, refuse: () => new HttpError(400, 'too_many', 'too many') })).length }));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
const url = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/read`;
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('readBodyText with a bracket limit', () => {
  it('reads a body within the limit whole', async () => {
    const body = '['.repeat(1000) + 'x'.repeat(100_000);
    const res = await fetch(url(), { method: 'POST', body });
    expect(await res.json()).toEqual({ length: body.length });
  });

  it('refuses a body past the limit, and a client still sending it gets the answer (never a closed connection)', async () => {
    // 1.3 MB, as the load test's 50,000-vertex grid: far more than one socket buffer, so the client is still sending when the limit is passed
    const body = '[1.23456789,2.3456789],'.repeat(57_000);
    for (let i = 0; i < 8; i++) {
      const res = await fetch(url(), { method: 'POST', body });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ code: 'too_many' });
    }
  });
});
