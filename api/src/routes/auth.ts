import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { asc, eq } from 'drizzle-orm';
import type { MeResponse, Role } from '@wangge/geodata';
import * as t from '../db/schema.ts';
import { allow, userOf, type AuthEnv } from '../auth/middleware.ts';
import { verifyPassword } from '../auth/password.ts';
import { SESSION_COOKIE, SESSION_TTL_MS, createSession, deleteSession } from '../auth/sessions.ts';
import { LoginThrottle } from '../auth/throttle.ts';
import { HttpError } from '../http/errors.ts';
import { jsonBody, requiredString } from '../http/body.ts';
import type { AppDeps } from './context.ts';

/**
 * POST /auth/login (anyone) · POST /auth/logout (anyone) · GET /me (logged in) · GET /users (admin).
 */
export function authRoutes({ db, clock }: AppDeps) {
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
    const user = db.select().from(t.users).where(eq(t.users.username, username)).get();
    const ok = user !== undefined && !user.disabled && (await verifyPassword(password, user.passwordHash));
    if (!ok) {
      throttle.fail(keys, now);
      throw new HttpError(401, 'bad_credentials', 'wrong username or password');
    }
    throttle.succeed(keys[0]);
    const token = createSession(db, user.id, now);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: new URL(c.req.url).protocol === 'https:',
      maxAge: SESSION_TTL_MS / 1000,
    });
    return c.json(me(user));
  });

  app.post('/auth/logout', (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) deleteSession(db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  });

  app.get('/me', allow('admin', 'planner', 'leader', 'inspector', 'reporter'), (c) => c.json(me(userOf(c))));

  app.get('/users', allow('admin'), (c) =>
    c.json(
      db
        .select({ id: t.users.id, username: t.users.username, role: t.users.role, unitId: t.users.unitId, disabled: t.users.disabled })
        .from(t.users)
        .orderBy(asc(t.users.username))
        .all(),
    ),
  );

  function me(user: typeof t.users.$inferSelect): MeResponse {
    const unit = user.unitId ? db.select().from(t.units).where(eq(t.units.id, user.unitId)).get() : undefined;
    return { username: user.username, role: user.role as Role, unitId: user.unitId, unitName: unit?.name ?? null };
  }

  return app;
}
