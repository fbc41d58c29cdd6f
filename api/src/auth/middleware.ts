import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { ROLES, rolesFor, type Action, type Role } from '@wangge/geodata';
import type { Clock } from '../clock.ts';
import type { Q } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { HttpError } from '../http/errors.ts';
import { SESSION_COOKIE, sessionUser } from './sessions.ts';

export type User = Tables['users']['$inferSelect'];
export type AuthEnv = { Variables: { user: User | null; passwordChangeRequired?: boolean } };

/** What an account logged in with a one-time password may do before it chooses its own. */
const OPEN_BEFORE_PASSWORD_CHANGE = new Set(['/api/me', '/api/auth/password', '/api/auth/logout']);

/** Puts the session's user (or null) on the context for every request. */
export function loadUser(q: Q, clock: Clock): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const user = token ? await sessionUser(q, token, clock()) : null;
    // until it changes its one-time password the account reads what anyone may, and nothing more
    const held = user !== null && user.mustChangePassword && !OPEN_BEFORE_PASSWORD_CHANGE.has(c.req.path);
    c.set('user', held ? null : user);
    if (held) c.set('passwordChangeRequired', true);
    await next();
  };
}

/** 401 without a session, 403 for a role not in the list. */
function allow(...roles: Role[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) throw notLoggedIn(c);
    if (!roles.includes(user.role as Role)) {
      throw new HttpError(403, 'forbidden', `a ${user.role} may not do this (allowed: ${roles.join(', ')})`);
    }
    await next();
  };
}

/**
 * Route guard for the policy's actions (geodata's contract/policy.ts): 401 without a session, 403
 * for a role none of them is given to. The subject's part of the rule is the handler's, once the
 * subject is loaded.
 */
export function guard(...actions: Action[]): MiddlewareHandler<AuthEnv> {
  const roles = new Set<Role>();
  for (const action of actions) for (const role of rolesFor(action) ?? Object.values(ROLES)) roles.add(role);
  return allow(...Object.values(ROLES).filter((r) => roles.has(r)));
}

/** Route guard: any logged-in user. */
export const signedIn: MiddlewareHandler<AuthEnv> = allow(...Object.values(ROLES));

/** The logged-in user in a handler behind a guard. */
export function userOf(c: Context<AuthEnv>): User {
  const user = c.get('user');
  if (!user) throw notLoggedIn(c);
  return user;
}

function notLoggedIn(c: Context<AuthEnv>): HttpError {
  if (c.get('passwordChangeRequired')) return new HttpError(403, 'password_change_required', 'change the one-time password first (POST /api/auth/password)');
  return new HttpError(401, 'unauthenticated', 'log in first');
}
