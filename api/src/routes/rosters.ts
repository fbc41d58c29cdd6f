import { Hono } from 'hono';
import { decodeDate, shanghaiDate } from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { jsonBody } from '../http/body.ts';
import { badRequest } from '../http/errors.ts';
import { rostersOn, setGridRoster } from '../services/rosters.ts';
import type { AppDeps } from './context.ts';

/** A day query parameter (YYYY-MM-DD), today in Shanghai when absent. */
export function dayParam(name: string, value: string | undefined, now: number): string {
  const d = decodeDate(name, value === '' ? undefined : value);
  if (!d.ok) throw badRequest(d.message, 'bad_query', { field: name });
  return d.value ?? shanghaiDate(now);
}

/** Grids' managers and supervisors with their dates: GET /rosters?at= · PUT /grids/:id/people. */
export function rosterRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/rosters', guard('roster.manage'), async (c) => c.json(await rostersOn(store, dayParam('at', c.req.query('at'), clock()))));

  app.put('/grids/:id/people', guard('roster.manage'), async (c) => c.json(await setGridRoster(store, c.req.param('id'), await jsonBody(c, 20_000), userOf(c).id, clock())));

  return app;
}
