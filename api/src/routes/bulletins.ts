import { Hono } from 'hono';
import { BULLETIN_COMMENT_MAX, BULLETIN_FORMATS, rolesFor, type BulletinFormat } from '@wangge/geodata';
import { allow, userOf, type AuthEnv } from '../auth/middleware.ts';
import { bulletin, setBulletinComment } from '../bulletin/bulletin.ts';
import { jsonBody } from '../http/body.ts';
import { badRequest } from '../http/errors.ts';
import { requireWeek } from '../http/query.ts';
import type { AppDeps } from './context.ts';

function formatOf(value: string | undefined): BulletinFormat {
  const format = value || 'json';
  if (!(BULLETIN_FORMATS as readonly string[]).includes(format)) throw badRequest(`format "${format}" must be ${BULLETIN_FORMATS.join(', ')}`, 'bad_query');
  return format as BulletinFormat;
}

/**
 * GET /bulletins?week=&format=json|pdf|docx (staff): the weekly 通报 ·
 * PUT /bulletins/:week/comment { text } (admins): its comment, until the week closes and it is issued.
 */
export function bulletinRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/bulletins', allow(...rolesFor('bulletin.read')!), async (c) => {
    const week = requireWeek(c.req.query('week'));
    const format = formatOf(c.req.query('format'));
    const body = await bulletin(store, week, clock());
    if (format === 'json') return c.json(body);
    throw badRequest(`format "${format}" is not made yet`, 'bad_query');
  });

  app.put('/bulletins/:week/comment', allow(...rolesFor('bulletin.comment')!), async (c) => {
    const week = requireWeek(c.req.param('week'));
    const body = await jsonBody(c);
    if (typeof body.text !== 'string') throw badRequest('text must be a string (empty removes the comment)', 'bad_field');
    if (body.text.length > BULLETIN_COMMENT_MAX) throw badRequest(`text is ${body.text.length} characters long: at most ${BULLETIN_COMMENT_MAX}`, 'bad_field');
    return c.json({ comment: await setBulletinComment(store, week, body.text, userOf(c).id, clock()) });
  });

  return app;
}
