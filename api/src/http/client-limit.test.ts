import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AuthEnv } from '../auth/middleware.ts';
import { HttpError } from './errors.ts';
import { isExpensiveRead, perClientLimit } from './client-limit.ts';

/** An app whose one route waits until the test lets it finish; the `x-user` header stands for a logged-in account. */
function heldApp(max: number) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const app = new Hono<AuthEnv>();
  app.use(async (c, next) => {
    const id = c.req.header('x-user');
    if (id) c.set('user', { id } as AuthEnv['Variables']['user']);
    await next();
  });
  app.use(perClientLimit(max, false));
  app.get('/slow', async (c) => {
    await gate;
    return c.text('done');
  });
  app.onError((err, c) => (err instanceof HttpError ? c.json({ code: err.code }, err.status as 429) : c.text('boom', 500)));
  return { app, release };
}

describe('at most N expensive requests in flight per client', () => {
  it('answers a third request from the same account 429 with Retry-After while two run, another account not, and lets it in once they end', async () => {
    const { app, release } = heldApp(2);
    const as = (user: string) => ({ headers: { 'x-user': user } });
    const first = app.request('/slow', as('leader'));
    const second = app.request('/slow', as('leader'));
    await new Promise((r) => setTimeout(r, 0));
    const third = await app.request('/slow', as('leader'));
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('2');
    expect(await third.json()).toEqual({ code: 'too_many_requests' });
    const other = app.request('/slow', as('inspector'));
    release();
    expect([(await first).status, (await second).status, (await other).status]).toEqual([200, 200, 200]);
    expect((await app.request('/slow', as('leader'))).status).toBe(200);
  });

  it('counts anonymous clients by their address', async () => {
    const { app, release } = heldApp(1);
    const first = app.request('/slow');
    await new Promise((r) => setTimeout(r, 0));
    expect((await app.request('/slow')).status).toBe(429);
    release();
    expect((await first).status).toBe(200);
  });

  it('counts downloads of whole lists and the coverage check, not paged JSON or writes', async () => {
    const app = new Hono();
    app.all('*', (c) => c.text(String(isExpensiveRead(c))));
    const counted = async (method: string, path: string) => (await (await app.request(path, { method })).text()) === 'true';
    expect(await counted('GET', '/api/problems?format=csv&limit=50000')).toBe(true);
    expect(await counted('GET', '/api/units/export?format=xlsx')).toBe(true);
    expect(await counted('GET', '/api/coverage')).toBe(true);
    expect(await counted('GET', '/api/problems?limit=50')).toBe(false);
    expect(await counted('GET', '/api/problems?format=json')).toBe(false);
    expect(await counted('POST', '/api/problems?format=csv')).toBe(false);
  });
});
