import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { loadUser, type AuthEnv } from './auth/middleware.ts';
import { countyScope, requestScopedStore } from './http/county-scope.ts';
import { HttpError, errorBody } from './http/errors.ts';
import { sameOriginWrites, securityHeaders } from './http/security.ts';
import { streamLimit } from './http/stream-limit.ts';
import { isExpensiveRead, perClientLimit } from './http/client-limit.ts';
import { webRoutes } from './http/web.ts';
import { serveFileRange } from './http/file-range.ts';
import { BASEMAP_ARCHIVE_PATH } from './basemap-archive.ts';
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
import { notificationRoutes } from './routes/notifications.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { bulletinRoutes } from './routes/bulletins.ts';
import { scoreRoutes } from './routes/scores.ts';
import { countyRoutes } from './routes/counties.ts';
import { cityRoutes } from './routes/city.ts';
import { wallRoutes } from './routes/wall.ts';
import { assessmentRoutes } from './routes/assessment.ts';
import { bulkRoutes } from './routes/bulk.ts';
import { unitRoutes } from './routes/units.ts';
import { areaLeaderRoutes } from './routes/area-leaders.ts';

const MAX_BODY_BYTES = 60 * 1024 * 1024;
const MAX_EXPENSIVE_PER_CLIENT = 2;

export interface AppOptions extends AppDeps {
  /** the built web app (web/dist); when given it is served, with index.html for client routes */
  webDist?: string;
}

/** The whole HTTP surface: the API under /api and, optionally, the built web app. */
export function createApp({ webDist, ...given }: AppOptions): Hono<AuthEnv> {
  // routes read through a store that keeps to the county each request works in
  const deps: AppDeps = { ...given, store: requestScopedStore(given.store) };
  const app = new Hono<AuthEnv>();
  app.use(securityHeaders(deps.basemap));
  app.use(compress());
  app.use('/api/*', sameOriginWrites());
  // A backstop for every route; routes that take JSON or photos set tighter limits of their own.
  app.use('/api/*', streamLimit(MAX_BODY_BYTES, () => new HttpError(413, 'too_large', `request body exceeds ${MAX_BODY_BYTES / 1048576} MB`)));
  app.use('/api/*', loadUser(given.store, given.clock));
  app.use('/api/*', countyScope(given.store));
  // downloads of whole lists and the county-wide coverage check: two at a time per client
  app.use('/api/*', perClientLimit(MAX_EXPENSIVE_PER_CLIENT, deps.trustProxy ?? false, isExpensiveRead));
  for (const routes of [countyRoutes, cityRoutes, referenceRoutes, gridRoutes, statusRoutes, locateRoutes, problemRoutes, authRoutes, reportRoutes, accountabilityRoutes, coverageRoutes, photoRoutes, exportRoutes, userRoutes, rosterRoutes, auditRoutes]) app.route('/api', routes(deps));
  for (const routes of [notificationRoutes, webhookRoutes, bulletinRoutes, scoreRoutes, wallRoutes, assessmentRoutes, unitRoutes, areaLeaderRoutes, bulkRoutes]) app.route('/api', routes(deps));
  const archive = deps.basemapArchive;
  if (archive) app.get(BASEMAP_ARCHIVE_PATH, (c) => serveFileRange(c, archive, 'application/vnd.pmtiles'));
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `no API route ${c.req.method} ${c.req.path}` } }, 404));
  if (webDist) app.route('/', webRoutes(webDist));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `nothing at ${c.req.path}` } }, 404));
  app.onError((err, c) => {
    if (err instanceof HttpError) return errorBody(c, err);
    // a malformed percent-encoding somewhere in the request is the client's mistake, not ours
    if (err instanceof URIError) return c.json({ error: { code: 'bad_path', message: 'the request has a malformed percent-encoding' } }, 400);
    console.error(err);
    return c.json({ error: { code: 'internal', message: 'internal server error' } }, 500);
  });
  return app;
}
