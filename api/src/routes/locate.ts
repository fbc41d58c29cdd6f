import { Hono } from 'hono';
import { requireCoordinate } from '../http/query.ts';
import { placeAt } from '../services/place.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import type { AppDeps } from './context.ts';

export function locateRoutes({ store }: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.get('/locate', async (c) => {
    const lon = requireCoordinate('lon', c.req.query('lon'));
    const lat = requireCoordinate('lat', c.req.query('lat'));
    return c.json(await placeAt(store, lon, lat));
  });
  return app;
}
