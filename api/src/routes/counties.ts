import { Hono } from 'hono';
import type { CountiesResponse } from '@wangge/geodata';
import type { AuthEnv } from '../auth/middleware.ts';
import { listCounties } from '../services/counties.ts';
import type { AppDeps } from './context.ts';

/** GET /counties: the counties of the deployment (public, as the map's reference data is). */
export function countyRoutes({ store }: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.get('/counties', async (c) => {
    const body: CountiesResponse = await listCounties(store);
    return c.json(body);
  });
  return app;
}
