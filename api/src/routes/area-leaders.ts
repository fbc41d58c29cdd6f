import { Hono } from 'hono';
import type { AreaLeadersResponse, AreaRoster } from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { jsonBody } from '../http/body.ts';
import { areaLeadersOn, setAreaLeader } from '../services/area-leaders.ts';
import type { AppDeps } from './context.ts';
import { dayParam } from './rosters.ts';

/** 片区 leaders with their dates: GET /area-leaders?at= · PUT /areas/:id/leader (who rosters grids rosters 片区 too). */
export function areaLeaderRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/area-leaders', guard('roster.manage'), async (c) => {
    const body: AreaLeadersResponse = await areaLeadersOn(store, dayParam('at', c.req.query('at'), clock()));
    return c.json(body);
  });

  app.put('/areas/:id/leader', guard('roster.manage'), async (c) => {
    const body: AreaRoster = await setAreaLeader(store, c.req.param('id'), await jsonBody(c, 10_000), userOf(c).id, clock());
    return c.json(body);
  });

  return app;
}
