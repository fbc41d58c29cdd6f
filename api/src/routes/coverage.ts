import { Hono } from 'hono';
import type { AuthEnv } from '../auth/middleware.ts';
import { storedCoverage } from '../services/coverage.ts';
import type { AppDeps } from './context.ts';

/** GET /coverage (anyone): the authoritative coverage check of the stored grids. */
export function coverageRoutes({ db }: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.get('/coverage', (c) => c.json(storedCoverage(db)));
  return app;
}
