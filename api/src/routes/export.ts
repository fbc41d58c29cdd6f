import type { IncomingMessage } from 'node:http';
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { currentWeek, decodeExportRequest } from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { SESSION_COOKIE } from '../auth/sessions.ts';
import { unknownExportId, weekBeforeReports } from '../export/known-ids.ts';
import { exportFileName, type PrintRequest } from '../export/print-options.ts';
import { renderMap, RenderError } from '../export/render-map.ts';
import { RenderCancelled, RenderQueue } from '../export/render-queue.ts';
import { WarmBrowser } from '../export/warm-browser.ts';
import { badRequest, HttpError } from '../http/errors.ts';
import type { AppDeps } from './context.ts';

const CONTENT_TYPES = { png: 'image/png', pdf: 'application/pdf' } as const;

/**
 * This server's own address, from the socket the request came in on (never from the Host header,
 * which the client chooses: the renderer must not be sent to fetch pages elsewhere).
 */
export function selfOrigin(c: Context): string | null {
  const port = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.localPort;
  return port ? `http://127.0.0.1:${port}` : null;
}

/** The asking user's session token, handed to the headless print page so it reads what this user may. */
export const askingSession = (c: Context): string | undefined => getCookie(c, SESSION_COOKIE);

/** Only a round's scores are not public: the other kinds are drawn without a session, as anyone may read them. */
const sessionFor = (c: Context, req: PrintRequest) => (req.kind === 'assessment' ? askingSession(c) : undefined);

/**
 * GET /export?week=&kind=&paper=&orientation=&format=png|pdf&title=&lang=&layers=problems,zones&community=&allCommunities=1
 * &grid=&frame=town|view|grid&bbox=w,s,e,n&problemStatus=&problemCategory=&problemFrom=&problemTo=&problemGrid=&problemUnit=&problemOwner=&problemOverdue=1
 * (logged-in staff: one render takes the server's CPU for seconds; one waiting or running per user): the meeting map of this server's own print
 * page, rendered headless and answered as a download — the screen's selection, frame and problem
 * filter included.
 */
export function exportRoutes({ store, clock }: AppDeps, queue = new RenderQueue(), warm = new WarmBrowser()) {
  const app = new Hono<AuthEnv>();
  app.get('/export', guard('exports.read'), async (c) => {
    const checked = decodeExportRequest(c.req.query());
    if (!checked.ok) throw badRequest(checked.message, 'bad_query');
    const req = checked.value;
    const current = currentWeek(clock());
    if (req.week > current) throw badRequest(`week ${req.week} has not started yet (the current week is ${current})`, 'bad_week');
    // only the status map is about reports: coverage and problems maps of an early week are fine
    const unknown = (req.kind === 'status' ? await weekBeforeReports(store, req.week, clock()) : null) ?? (await unknownExportId(store, req));
    if (unknown) throw badRequest(unknown, 'unknown_id');
    const origin = selfOrigin(c);
    if (!origin) throw new HttpError(503, 'unavailable', 'map export needs the app served over HTTP on a local port');
    const signal = c.req.raw.signal;
    const bytes = await queue.run(
      (cancel) =>
        warm.use((browser) => renderMap(req, { baseUrl: origin, browser, signal: cancel, county: store.countyId, session: sessionFor(c, req) })).catch((err: unknown) => {
          if (cancel?.aborted || err instanceof RenderCancelled) throw new HttpError(503, 'cancelled', 'the client went away; the render was stopped');
          if (err instanceof RenderError) throw new HttpError(502, 'render_failed', `the map could not be rendered: ${err.message}`);
          throw err;
        }),
      { owner: userOf(c).id, signal },
    );
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': CONTENT_TYPES[req.format],
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(exportFileName(req))}`,
      'cache-control': 'no-store',
    });
  });
  return app;
}
