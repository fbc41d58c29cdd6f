import { Hono } from 'hono';
import { DISPLAY_TOKEN_HEADER, may, rolesFor } from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { jsonBody, requiredString } from '../http/body.ts';
import { HttpError } from '../http/errors.ts';
import { refuseCountyBound } from '../services/counties.ts';
import { policyUser } from '../services/policy-user.ts';
import { createDisplayToken, displayTokenValid, listDisplayTokens, revokeDisplayToken } from '../wall/display-tokens.ts';
import { wall } from '../wall/wall.ts';
import type { AppDeps } from './context.ts';

/**
 * GET /wall (a display token in the x-display-token header, or a staff session): the wall display's
 * figures · GET|POST /display-tokens { name } → 201 { id, token, … } · DELETE /display-tokens/:id (admins).
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

  // a display token names no county yet: only a city-wide admin makes or revokes one
  app.post('/display-tokens', admin, async (c) => {
    refuseCountyBound(userOf(c).countyId, 'a wall display token is the whole deployment\'s: only a city-wide admin makes one');
    const name = requiredString(await jsonBody(c), 'name', 100);
    return c.json(await createDisplayToken(store, name, userOf(c).id, clock()), 201);
  });

  app.delete('/display-tokens/:id', admin, async (c) => {
    refuseCountyBound(userOf(c).countyId, 'a wall display token is the whole deployment\'s: only a city-wide admin revokes one');
    await revokeDisplayToken(store, c.req.param('id'), userOf(c).id, clock());
    return c.json({ ok: true });
  });

  return app;
}
