import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { checkCredentials } from '../auth/credentials.ts';
import { DEMO_PASSWORD, tinyApp } from '../test/fixture.ts';

type App = ReturnType<typeof createApp>;

/** A login as it arrives from a socket at `socket`, optionally with an X-Forwarded-For header. */
function login(app: App, username: string, password: string, socket = '10.0.0.9', forwardedFor?: string) {
  return app.request(
    '/api/auth/login',
    { method: 'POST', headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) }, body: JSON.stringify({ username, password }) },
    { incoming: { socket: { remoteAddress: socket } } },
  );
}

describe('the login throttle', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted: rotating it does not escape the per-address limit', async () => {
    const { app } = await tinyApp();
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await login(app, `nobody${i}`, 'guess', '10.0.0.9', `192.0.2.${i}`)).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it('behind a trusted proxy takes the address the proxy added, so a forged entry before it changes nothing', async () => {
    const { store, clock } = await tinyApp();
    const app = createApp({ store, clock, trustProxy: true });
    for (let i = 0; i < 5; i++) expect((await login(app, 'admin', 'wrong', '127.0.0.1', `203.0.113.${i}, 198.51.100.7`)).status).toBe(401);
    expect((await login(app, 'admin', 'wrong', '127.0.0.1', '203.0.113.99, 198.51.100.7')).status).toBe(429);
    expect((await login(app, 'admin', DEMO_PASSWORD, '127.0.0.1', '198.51.100.8')).status).toBe(200);
  });

  it('does not let an attacker lock the real user out: failures from one address leave other addresses free', async () => {
    const { app } = await tinyApp();
    for (let i = 0; i < 12; i++) await login(app, 'admin', 'wrong', '10.6.6.6');
    expect((await login(app, 'admin', 'wrong', '10.6.6.6')).status).toBe(429);
    expect((await login(app, 'admin', DEMO_PASSWORD, '10.1.1.1')).status).toBe(200);
  });

  it('slows down an account guessed from many addresses, but by at most a minute', async () => {
    const { store, clock } = await tinyApp();
    let machine = Date.parse('2026-12-01T00:00:00Z');
    const app = createApp({ store, clock, machineClock: () => machine });
    for (let i = 0; i < 50; i++) expect((await login(app, 'admin', 'wrong', `10.2.${i >> 4}.${i}`)).status).toBe(401);
    const refused = await login(app, 'admin', DEMO_PASSWORD, '10.1.1.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    machine += 60_000;
    expect((await login(app, 'admin', DEMO_PASSWORD, '10.1.1.1')).status).toBe(200);
  });

  it('counts a burst of concurrent guesses one by one: only the five free ones reach the password check', async () => {
    const { app } = await tinyApp();
    const statuses = await Promise.all(Array.from({ length: 60 }, async () => (await login(app, 'admin', 'wrong')).status));
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(55);
  });

  it('lets a wait end in real seconds even when WANGGE_NOW fixes the deployment’s clock', async () => {
    const { store, clock } = await tinyApp();
    let machine = Date.parse('2026-12-01T00:00:00Z');
    const app = createApp({ store, clock, machineClock: () => machine });
    for (let i = 0; i < 5; i++) await login(app, 'admin', 'wrong');
    expect((await login(app, 'admin', DEMO_PASSWORD)).status).toBe(429);
    machine += 1000;
    expect((await login(app, 'admin', DEMO_PASSWORD)).status).toBe(200);
  });

  it('holds across API processes: the count lives in the database', async () => {
    const { store, clock } = await tinyApp();
    const first = createApp({ store, clock });
    const second = createApp({ store, clock });
    for (let i = 0; i < 5; i++) expect((await login(first, 'planner', 'wrong')).status).toBe(401);
    expect((await login(second, 'planner', DEMO_PASSWORD)).status).toBe(429);
  });
});

describe('checking credentials', () => {
  it('checks a password against a hash of the same cost for a username that does not exist', async () => {
    const { store } = await tinyApp();
    const checked: string[] = [];
    const verify = async (_password: string, hash: string) => {
      checked.push(hash.split('$').slice(0, 4).join('$'));
      return false;
    };
    expect(await checkCredentials(store, 'nobody', 'guess', verify)).toBeNull();
    expect(await checkCredentials(store, 'admin', 'guess', verify)).toBeNull();
    expect(checked).toHaveLength(2);
    expect(checked[0]).toBe('scrypt$16384$8$1');
  });
});
