import { Hono } from 'hono';
import type { AuthEnv } from '../auth/middleware.ts';
import { storedCoverage } from '../services/coverage.ts';
import type { AppDeps } from './context.ts';

/** GET /coverage (anyone): the authoritative coverage check of the stored grids. */
export function coverageRoutes({ store }: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.get('/coverage', async (c) => c.json(await storedCoverage(store)));
  return app;
}
