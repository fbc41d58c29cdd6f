import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Role } from '@wangge/geodata';
import type { Clock } from '../clock.ts';
import type { Q } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { HttpError } from '../http/errors.ts';
import { SESSION_COOKIE, sessionUser } from './sessions.ts';

export type User = Tables['users']['$inferSelect'];
export type AuthEnv = { Variables: { user: User | null } };

/** Puts the session's user (or null) on the context for every request. */
export function loadUser(q: Q, clock: Clock): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('user', token ? await sessionUser(q, token, clock()) : null);
    await next();
  };
}

/** Route guard: 401 without a session, 403 for a role not in the list. */
export function allow(...roles: Role[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) throw new HttpError(401, 'unauthenticated', 'log in first');
    if (!roles.includes(user.role as Role)) {
      throw new HttpError(403, 'forbidden', `a ${user.role} may not do this (allowed: ${roles.join(', ')})`);
    }
    await next();
  };
}

/** The logged-in user in a handler behind allow(). */
export function userOf(c: { get(key: 'user'): User | null }): User {
  const user = c.get('user');
  if (!user) throw new HttpError(401, 'unauthenticated', 'log in first');
  return user;
}
