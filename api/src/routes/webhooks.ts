import { Hono } from 'hono';
import { decodeWebhookInput, rolesFor } from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { jsonBody } from '../http/body.ts';
import { badRequest } from '../http/errors.ts';
import { afterCommit } from '../services/outbound.ts';
import { addWebhook, deleteWebhook, listWebhooks, queueTest, webhookDeliveries } from '../services/webhooks.ts';
import type { AppDeps } from './context.ts';
import { outboundOf } from './outbound.ts';

/**
 * Group robots (admins): GET /webhooks · POST /webhooks { url, kind, unitId?, countyId?, secret?, name? } →
 * 201 { id } · DELETE /webhooks/:id · POST /webhooks/:id/test → 202 { deliveryId } (sent in the
 * background) · GET /webhooks/:id/deliveries (the log, newest first).
 */
export function webhookRoutes(deps: AppDeps) {
  const { store, clock } = deps;
  const app = new Hono<AuthEnv>();
  const admin = guard('webhooks.manage');

  app.get('/webhooks', admin, async (c) => c.json(await listWebhooks(store)));

  app.post('/webhooks', admin, async (c) => {
    const input = decodeWebhookInput(await jsonBody(c));
    if (!input.ok) throw badRequest(input.message, input.code);
    return c.json(await addWebhook(store, input.value, userOf(c).id, clock()), 201);
  });

  app.delete('/webhooks/:id', admin, async (c) => {
    await deleteWebhook(store, c.req.param('id'), userOf(c).id, clock());
    return c.json({ ok: true });
  });

  app.post('/webhooks/:id/test', admin, async (c) => {
    const out = outboundOf(deps);
    const queued = await queueTest(store, c.req.param('id'), out.publicUrl, clock());
    afterCommit(out, { notified: 0, messages: 1, sms: [] });
    return c.json(queued, 202);
  });

  app.get('/webhooks/:id/deliveries', admin, async (c) => c.json(await webhookDeliveries(store, c.req.param('id'))));

  return app;
}
