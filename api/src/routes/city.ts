import { Hono } from 'hono';
import { may, type CityMapResponse, type CityStatusResponse } from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { requireWeek } from '../http/query.ts';
import { refuseCountyBound } from '../services/counties.ts';
import { cityMap } from '../services/city-map.ts';
import { cityStatus } from '../services/city-status.ts';
import { policyUser } from '../services/policy-user.ts';
import type { AppDeps } from './context.ts';

/** GET /city/status?week=: every county's week; GET /city/map: every county's outline; for city-wide staff. */
export function cityRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.get('/city/status', guard('city.read'), async (c) => {
    const user = userOf(c);
    if (!may(policyUser(user), 'city.read')) refuseCountyBound(user.countyId, 'the city overview is for city-wide accounts: this one works in one county');
    const body: CityStatusResponse = await cityStatus(store, requireWeek(c.req.query('week')), clock());
    return c.json(body);
  });
  app.get('/city/map', guard('city.read'), async (c) => {
    const user = userOf(c);
    if (!may(policyUser(user), 'city.read')) refuseCountyBound(user.countyId, 'the city overview is for city-wide accounts: this one works in one county');
    const body: CityMapResponse = await cityMap(store);
    return c.json(body);
  });
  return app;
}
