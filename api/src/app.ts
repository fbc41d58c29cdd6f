import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { bodyLimit } from 'hono/body-limit';
import { loadUser, type AuthEnv } from './auth/middleware.ts';
import { HttpError, errorBody } from './http/errors.ts';
import { webRoutes } from './http/web.ts';
import type { AppDeps } from './routes/context.ts';
import { gridRoutes } from './routes/grids.ts';
import { locateRoutes } from './routes/locate.ts';
import { problemRoutes } from './routes/problems.ts';
import { authRoutes } from './routes/auth.ts';
import { reportRoutes } from './routes/reports.ts';
import { accountabilityRoutes } from './routes/accountability.ts';
import { coverageRoutes } from './routes/coverage.ts';
import { exportRoutes } from './routes/export.ts';
import { photoRoutes } from './routes/photos.ts';
import { referenceRoutes } from './routes/reference.ts';
import { statusRoutes } from './routes/status.ts';
import { auditRoutes } from './routes/audit.ts';
import { rosterRoutes } from './routes/rosters.ts';
import { userRoutes } from './routes/users.ts';

const MAX_BODY_BYTES = 60 * 1024 * 1024;

export interface AppOptions extends AppDeps {
  /** the built web app (web/dist); when given it is served, with index.html for client routes */
  webDist?: string;
}

/** The whole HTTP surface: the API under /api and, optionally, the built web app. */
export function createApp({ webDist, ...deps }: AppOptions): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use(compress());
  // A backstop for every route; routes that take JSON or photos set tighter limits of their own.
  app.use('/api/*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: { code: 'too_large', message: `request body exceeds ${MAX_BODY_BYTES / 1048576} MB` } }, 413) }));
  app.use('/api/*', loadUser(deps.store, deps.clock));
  for (const routes of [referenceRoutes, gridRoutes, statusRoutes, locateRoutes, problemRoutes, authRoutes, reportRoutes, accountabilityRoutes, coverageRoutes, photoRoutes, exportRoutes, userRoutes, rosterRoutes, auditRoutes]) app.route('/api', routes(deps));
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `no API route ${c.req.method} ${c.req.path}` } }, 404));
  if (webDist) app.route('/', webRoutes(webDist));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `nothing at ${c.req.path}` } }, 404));
  app.onError((err, c) => {
    if (err instanceof HttpError) return errorBody(c, err);
    console.error(err);
    return c.json({ error: { code: 'internal', message: 'internal server error' } }, 500);
  });
  return app;
}
