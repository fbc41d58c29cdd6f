import { hashPasswordSync, verifyPassword } from '../auth/password.ts';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@wangge/geodata';
import { DEMO_PASSWORD, errorOf, loginAs, sqlRows, tinyApp } from '../test/fixture.ts';

const post = (app: Awaited<ReturnType<typeof tinyApp>>['app'], path: string, body: unknown, cookie?: string) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });

describe('accounts and sessions', () => {
  it('logs in with an httpOnly SameSite cookie, answers /me, and logs out', async () => {
    const { app } = await tinyApp();
    const res = await post(app, '/api/auth/login', { username: 'reporter-u2', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/wangge_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const session = cookie.split(';')[0];
    const me = await app.request('/api/me', { headers: { cookie: session } });
    expect((await me.json()) as MeResponse).toEqual({ username: 'reporter-u2', displayName: '乙局填报员', role: 'reporter', unitId: 'U2', unitName: '乙局', countyId: '999999', mustChangePassword: false });
    await post(app, '/api/auth/logout', {}, session);
    expect((await app.request('/api/me', { headers: { cookie: session } })).status).toBe(401);
  });

  it('never stores a password in clear', async () => {
    const { store } = await tinyApp();
    const rows = await sqlRows<{ password_hash: string }>(store, 'select password_hash from users');
    expect(rows.length).toBe(7);
    for (const r of rows) {
      // the fixture's accounts are hashed at a test cost (N = 1024); real ones at N = 16384 (below)
      expect(r.password_hash).toMatch(/^scrypt\$1024\$8\$1\$/);
      expect(r.password_hash).not.toContain(DEMO_PASSWORD);
    }
    expect(hashPasswordSync('a real password')).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('a real password', hashPasswordSync('a real password'))).toBe(true);
  });

  it('refuses wrong passwords and unknown users alike, then slows repeated failures', async () => {
    const { app } = await tinyApp();
    const wrong = await post(app, '/api/auth/login', { username: 'admin', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect((await errorOf(wrong)).message).toBe('wrong username or password');
    const unknown = await post(app, '/api/auth/login', { username: 'ghost', password: 'nope' });
    expect((await errorOf(unknown)).message).toBe('wrong username or password');
    for (let i = 0; i < 4; i++) await post(app, '/api/auth/login', { username: 'admin', password: 'nope' });
    // five failures for this account from this address: the sixth attempt must wait, even with the right password
    const throttled = await post(app, '/api/auth/login', { username: 'admin', password: DEMO_PASSWORD });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('names missing fields and bad JSON', async () => {
    const { app } = await tinyApp();
    expect((await errorOf(await post(app, '/api/auth/login', { username: 'admin' }))).message).toContain('password is required');
    const res = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('not valid JSON');
  });

  it('lets only admins list users', async () => {
    const { app } = await tinyApp();
    expect((await app.request('/api/users')).status).toBe(401);
    const leader = await loginAs(app, 'leader');
    const refused = await app.request('/api/users', { headers: { cookie: leader } });
    expect(refused.status).toBe(403);
    const admin = await loginAs(app, 'admin');
    const users = (await (await app.request('/api/users', { headers: { cookie: admin } })).json()) as { username: string }[];
    expect(users.map((u) => u.username)).toEqual(['admin', 'inspector', 'leader', 'planner', 'reporter-u1', 'reporter-u2', 'reporter-u3']);
  });
});
