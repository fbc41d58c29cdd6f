import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { MeResponse, Role } from '@wangge/geodata';
import { allow, userOf, type AuthEnv } from '../auth/middleware.ts';
import { verifyPassword } from '../auth/password.ts';
import { SESSION_COOKIE, SESSION_TTL_MS, createSession, deleteSession } from '../auth/sessions.ts';
import { LoginThrottle } from '../auth/throttle.ts';
import { HttpError } from '../http/errors.ts';
import { jsonBody, requiredString } from '../http/body.ts';
import { recordLogin } from '../services/accounts.ts';
import { unitName, userByUsername, type UserRow } from '../services/users.ts';
import type { AppDeps } from './context.ts';

/**
 * POST /auth/login (anyone) · POST /auth/logout (anyone) · GET /me (logged in). Accounts: routes/users.ts.
 */
export function authRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();
  const throttle = new LoginThrottle();

  app.post('/auth/login', async (c) => {
    const body = await jsonBody(c, 10_000);
    const username = requiredString(body, 'username', 100);
    const password = requiredString(body, 'password', 200);
    const address = c.req.header('x-forwarded-for')?.split(',')[0].trim() || (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress || 'local';
    const keys = [`user:${username}`, `addr:${address}`];
    const now = clock();
    const wait = throttle.waitFor(keys, now);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      throw new HttpError(429, 'too_many_attempts', `too many failed logins; try again in ${Math.ceil(wait / 1000)} s`);
    }
    const user = await userByUsername(store, username);
    const ok = user !== undefined && !user.disabled && (await verifyPassword(password, user.passwordHash));
    if (!ok) {
      throttle.fail(keys, now);
      throw new HttpError(401, 'bad_credentials', 'wrong username or password');
    }
    throttle.succeed(keys[0]);
    const token = await createSession(store, user.id, now);
    await recordLogin(store, user.id, now);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: new URL(c.req.url).protocol === 'https:',
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

  app.get('/me', allow('admin', 'planner', 'leader', 'inspector', 'reporter'), async (c) => c.json(await me(userOf(c))));

  async function me(user: UserRow): Promise<MeResponse> {
    return { username: user.username, displayName: user.displayName || user.username, role: user.role as Role, unitId: user.unitId, unitName: await unitName(store, user.unitId), ...(user.countyId !== null && { countyId: user.countyId }), mustChangePassword: user.mustChangePassword };
  }

  return app;
}
