import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AccountsResponse, NewAccountResponse, ResetPasswordResponse } from '@wangge/geodata';
import { guard, signedIn, userOf, type AuthEnv } from '../auth/middleware.ts';
import { SESSION_COOKIE, sessionId } from '../auth/sessions.ts';
import { jsonBody } from '../http/body.ts';
import { changeOwnPassword, createAccount, listAccounts, resetPassword, updateAccount } from '../services/accounts.ts';
import type { AppDeps } from './context.ts';

/**
 * Accounts, run from the app: GET /users?q= · POST /users · PATCH /users/:id ·
 * POST /users/:id/reset-password (admin) · POST /auth/password (the account itself).
 */
export function userRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/users', guard('users.manage'), async (c) => {
    const body: AccountsResponse = await listAccounts(store, c.req.query('q') ?? '', userOf(c));
    return c.json(body);
  });

  app.post('/users', guard('users.manage'), async (c) => {
    const body: NewAccountResponse = await createAccount(store, await jsonBody(c, 10_000), userOf(c), clock());
    return c.json(body, 201);
  });

  app.patch('/users/:id', guard('users.manage'), async (c) => c.json(await updateAccount(store, c.req.param('id'), await jsonBody(c, 10_000), userOf(c), clock())));

  app.post('/users/:id/reset-password', guard('users.manage'), async (c) => {
    const body: ResetPasswordResponse = { oneTimePassword: await resetPassword(store, c.req.param('id'), userOf(c), clock()) };
    return c.json(body);
  });

  app.post('/auth/password', signedIn, async (c) => {
    const token = getCookie(c, SESSION_COOKIE) ?? '';
    await changeOwnPassword(store, userOf(c), await jsonBody(c, 10_000), sessionId(token), clock());
    return c.json({ ok: true });
  });

  return app;
}
