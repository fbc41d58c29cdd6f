import { Hono } from 'hono';
import { ROLES, decodeMarkRead, decodeReminderRequest, rolesFor } from '@wangge/geodata';
import { guard, signedIn, userOf, type AuthEnv } from '../auth/middleware.ts';
import { jsonBody } from '../http/body.ts';
import { badRequest } from '../http/errors.ts';
import { listNotifications, markRead } from '../services/notifications.ts';
import { sendReminder } from '../services/reminders.ts';
import type { AppDeps } from './context.ts';
import { outboundOf } from './outbound.ts';

/**
 * GET /notifications (the logged-in user's, newest first, with the unread count) ·
 * POST /notifications/read ({ ids } or { all: true }) · POST /reminders (催报, staff: { week, unitIds? }).
 */
export function notificationRoutes(deps: AppDeps) {
  const { store, clock } = deps;
  const app = new Hono<AuthEnv>();
  const anyone = signedIn;

  app.get('/notifications', anyone, async (c) => {
    const limit = c.req.query('limit');
    const n = limit === undefined || limit === '' ? 50 : Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 100) throw badRequest('limit must be a whole number from 1 to 100', 'bad_query');
    return c.json(await listNotifications(store, userOf(c).id, n));
  });

  app.post('/notifications/read', anyone, async (c) => {
    const req = decodeMarkRead(await jsonBody(c));
    if (!req.ok) throw badRequest(req.message, req.code);
    return c.json(await markRead(store, userOf(c).id, req.value, clock()));
  });

  app.post('/reminders', guard('reminder.send'), async (c) => {
    const req = decodeReminderRequest(await jsonBody(c));
    if (!req.ok) throw badRequest(req.message, req.code);
    return c.json(await sendReminder(store, req.value, userOf(c), clock(), outboundOf(deps)));
  });

  return app;
}
