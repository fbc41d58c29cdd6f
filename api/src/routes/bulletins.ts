import { Hono } from 'hono';
import { BULLETIN_COMMENT_MAX, BULLETIN_FORMATS, currentWeek, type BulletinFormat } from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { bulletin, setBulletinComment } from '../bulletin/bulletin.ts';
import { bulletinDocx } from '../bulletin/bulletin-docx.ts';
import { bulletinPdf } from '../bulletin/bulletin-pdf.ts';
import { bulletinDocument } from '../bulletin/sections.ts';
import { RenderQueue } from '../export/render-queue.ts';
import { sheetPng, type MapRenderer } from '../export/sheet-png.ts';
import { WarmBrowser } from '../export/warm-browser.ts';
import { jsonBody } from '../http/body.ts';
import { HttpError, badRequest } from '../http/errors.ts';
import { requireWeek } from '../http/query.ts';
import type { AppDeps } from './context.ts';
import { selfOrigin } from './export.ts';

const TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

function formatOf(value: string | undefined): BulletinFormat {
  const format = value || 'json';
  if (!(BULLETIN_FORMATS as readonly string[]).includes(format)) throw badRequest(`format "${format}" must be ${BULLETIN_FORMATS.join(', ')}`, 'bad_query');
  return format as BulletinFormat;
}

/**
 * GET /bulletins?week=&format=json|pdf|docx (staff): the weekly 通报 ·
 * PUT /bulletins/:week/comment { text } (admins): its comment, until the week closes and it is issued.
 */
export function bulletinRoutes({ store, clock }: AppDeps, renderer: MapRenderer = { queue: new RenderQueue(), warm: new WarmBrowser() }) {
  const app = new Hono<AuthEnv>();

  app.get('/bulletins', guard('bulletin.read'), async (c) => {
    const week = requireWeek(c.req.query('week'));
    const format = formatOf(c.req.query('format'));
    const current = currentWeek(clock());
    if (week > current) throw badRequest(`week ${week} has not started yet (the current week is ${current})`, 'bad_week');
    const body = await bulletin(store, week, clock());
    if (format === 'json') return c.json(body);
    // the status map is drawn by this server's own print page, like the meeting-map export
    const origin = selfOrigin(c);
    if (!origin) throw new HttpError(503, 'unavailable', 'the 通报 file needs the app served over HTTP on a local port (for its status map)');
    const map = await sheetPng({ week, kind: 'status' }, 'status map', { origin }, renderer);
    const doc = bulletinDocument(body);
    const bytes = format === 'pdf' ? await renderer.queue.run(() => renderer.warm.use((browser) => bulletinPdf(doc, { png: map, caption: '本周网格报送状态图' }, browser))) : await bulletinDocx(doc, map);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': TYPES[format],
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`通报_${week}.${format}`)}`,
      'cache-control': 'no-store',
    });
  });

  app.put('/bulletins/:week/comment', guard('bulletin.comment'), async (c) => {
    const week = requireWeek(c.req.param('week'));
    const body = await jsonBody(c);
    if (typeof body.text !== 'string') throw badRequest('text must be a string (empty removes the comment)', 'bad_field');
    if (body.text.length > BULLETIN_COMMENT_MAX) throw badRequest(`text is ${body.text.length} characters long: at most ${BULLETIN_COMMENT_MAX}`, 'bad_field');
    return c.json({ comment: await setBulletinComment(store, week, body.text, userOf(c).id, clock()) });
  });

  return app;
}
