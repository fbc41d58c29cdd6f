import { Hono } from 'hono';
import { requireWeek } from '../http/query.ts';
import { weekStatus } from '../services/figures.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import type { AppDeps } from './context.ts';

export function statusRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.get('/status', async (c) => c.json(await weekStatus(store, requireWeek(c.req.query('week')), clock())));
  return app;
}
