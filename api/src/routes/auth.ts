import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { MeResponse, Role } from '@wangge/geodata';
import { signedIn, userOf, type AuthEnv } from '../auth/middleware.ts';
import { checkCredentials } from '../auth/credentials.ts';
import { SESSION_COOKIE, SESSION_TTL_MS, createSession, deleteSession } from '../auth/sessions.ts';
import { LoginThrottle, throttleKeys } from '../auth/throttle.ts';
import { systemClock } from '../clock.ts';
import { clientAddress, overHttps } from '../http/client.ts';
import { HttpError } from '../http/errors.ts';
import { jsonBody, requiredString } from '../http/body.ts';
import { recordLogin } from '../services/accounts.ts';
import { unitName, type UserRow } from '../services/users.ts';
import type { AppDeps } from './context.ts';

/**
 * POST /auth/login (anyone) · POST /auth/logout (anyone) · GET /me (logged in). Accounts: routes/users.ts.
 */
export function authRoutes({ store, clock, trustProxy = false, machineClock = systemClock }: AppDeps) {
  const app = new Hono<AuthEnv>();
  const throttle = new LoginThrottle(store, machineClock);

  app.post('/auth/login', async (c) => {
    const body = await jsonBody(c, 10_000);
    const username = requiredString(body, 'username', 100);
    const password = requiredString(body, 'password', 200);
    const keys = throttleKeys(username, clientAddress(c, trustProxy));
    const wait = await throttle.attempt(keys);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      throw new HttpError(429, 'too_many_attempts', `too many failed logins; try again in ${Math.ceil(wait / 1000)} s`, { retryAfterSeconds: Math.ceil(wait / 1000) });
    }
    const user = await checkCredentials(store, username, password);
    if (!user) throw new HttpError(401, 'bad_credentials', 'wrong username or password');
    await throttle.succeed(keys);
    const now = clock();
    const token = await createSession(store, user.id, now);
    await recordLogin(store, user.id, now);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: overHttps(c, trustProxy),
      maxAge: SESSION_TTL_MS / 1000,
    });
    return c.json(await me(user));
  });

  app.post('/auth/logout', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(store, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  });

  app.get('/me', signedIn, async (c) => c.json(await me(userOf(c))));

  async function me(user: UserRow): Promise<MeResponse> {
    return { username: user.username, displayName: user.displayName || user.username, role: user.role as Role, unitId: user.unitId, unitName: await unitName(store, user.unitId), ...(user.countyId !== null && { countyId: user.countyId }), mustChangePassword: user.mustChangePassword };
  }

  return app;
}
