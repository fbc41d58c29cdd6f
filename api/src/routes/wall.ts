import { Hono } from 'hono';
import { DISPLAY_TOKEN_HEADER, may, rolesFor } from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { jsonBody, requiredString } from '../http/body.ts';
import { HttpError } from '../http/errors.ts';
import { policyUser } from '../services/policy-user.ts';
import { createDisplayToken, displayTokenValid, listDisplayTokens, revokeDisplayToken } from '../wall/display-tokens.ts';
import { wall } from '../wall/wall.ts';
import type { AppDeps } from './context.ts';

/**
 * GET /wall (a display token in the x-display-token header, or a staff session): the wall display's
 * figures, of the token's county · GET|POST /display-tokens { name } → 201 { id, token, … } · DELETE /display-tokens/:id (admins).
 */
export function wallRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();
  const admin = guard('display.manage');

  app.get('/wall', async (c) => {
    const user = c.get('user');
    const token = c.req.header(DISPLAY_TOKEN_HEADER) ?? '';
    if (!(await displayTokenValid(store, token))) {
      if (!user) throw new HttpError(401, 'unauthenticated', token ? 'this display token is unknown or was revoked' : `log in, or send a display token in the ${DISPLAY_TOKEN_HEADER} header`);
      if (!may(policyUser(user), 'wall.read')) throw new HttpError(403, 'forbidden', `a ${user.role} may not do this (allowed: ${rolesFor('wall.read')!.join(', ')})`);
    }
    return c.json(await wall(store, clock()));
  });

  app.get('/display-tokens', admin, async (c) => c.json(await listDisplayTokens(store)));

  // a display token belongs to the county of the request, and the wall opened with it shows that county
  app.post('/display-tokens', admin, async (c) => {
    const name = requiredString(await jsonBody(c), 'name', 100);
    return c.json(await createDisplayToken(store, name, userOf(c).id, clock()), 201);
  });

  app.delete('/display-tokens/:id', admin, async (c) => {
    await revokeDisplayToken(store, c.req.param('id'), userOf(c).id, clock());
    return c.json({ ok: true });
  });

  return app;
}
