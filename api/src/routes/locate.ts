import { Hono } from 'hono';
import { requireCoordinate } from '../http/query.ts';
import { placeAt } from '../services/place.ts';
import { dayParam } from './rosters.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import type { AppDeps } from './context.ts';

export function locateRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.get('/locate', async (c) => {
    const lon = requireCoordinate('lon', c.req.query('lon'));
    const lat = requireCoordinate('lat', c.req.query('lat'));
    // the people answer as on `at` (default today): an old problem's place still names who was responsible then
    return c.json(await placeAt(store, lon, lat, dayParam('at', c.req.query('at'), clock())));
  });
  return app;
}
