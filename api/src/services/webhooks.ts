import { randomBytes } from 'node:crypto';
import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import { DELIVERY_STATUS, type DeliveryItem, type DeliveryStatus, type WebhookInput, type WebhookItem, type WebhookKind } from '@wangge/geodata';
import { ofCounty } from '../db/county-scope.ts';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { audit } from './audit.ts';
import { refuseOtherCounty } from './counties.ts';
import { maskedUrl, webhookBody, type GroupMessage } from './webhook-format.ts';

type WebhookRow = Tables['webhooks']['$inferSelect'];
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const MAX_LOG = 100;

/** POST /api/webhooks: a unit's robot (its reminders) or, with no unit, the county's (the lists). */
export async function addWebhook(store: Store, input: WebhookInput, userId: string, now: number): Promise<{ id: string }> {
  const { t } = store;
  const id = `wh_${randomBytes(6).toString('hex')}`;
  await store.tx(async (tx) => {
    const unit = input.unitId ? await first(tx.db.select({ countyId: t.units.countyId }).from(t.units).where(eq(t.units.id, input.unitId))) : null;
    if (input.unitId && !unit) throw badRequest(`unitId "${input.unitId}" is not a unit`, 'unknown_unit');
    // a robot belongs to the county of the request: its unit's, the one named, or the one worked in
    refuseOtherCounty(tx, input.countyId);
    refuseOtherCounty(tx, unit?.countyId);
    const countyId = unit?.countyId ?? input.countyId ?? tx.countyId ?? null;
    await tx.db.insert(t.webhooks).values({ id, ...input, countyId, createdAt: now, createdBy: userId });
    // the key in a robot's URL is its password: the trail keeps it masked, and never the signing secret
    await audit(tx, { at: now, userId, entity: 'webhook', entityId: id, action: 'add', after: { ...input, url: maskedUrl(input.url), secret: input.secret !== null } });
  });
  return { id };
}

async function webhookById(q: Q, id: string): Promise<WebhookRow> {
  const { db, t } = q;
  const row = await first(db.select().from(t.webhooks).where(eq(t.webhooks.id, id)));
  if (!row) throw notFound(`webhook "${id}" does not exist`);
  refuseOtherCounty(q, row.countyId);
  return row;
}

export async function deleteWebhook(store: Store, id: string, userId: string, now: number): Promise<void> {
  await store.tx(async (tx) => {
    const row = await webhookById(tx, id);
    await tx.db.delete(tx.t.webhooks).where(eq(tx.t.webhooks.id, id));
    await audit(tx, { at: now, userId, entity: 'webhook', entityId: id, action: 'delete', before: { ...row, url: maskedUrl(row.url), secret: row.secret !== null } });
  });
}

export async function listWebhooks(q: Q): Promise<WebhookItem[]> {
  const { db, t } = q;
  const rows = await db.select({ w: t.webhooks, unitName: t.units.name }).from(t.webhooks)
    .leftJoin(t.units, eq(t.units.id, t.webhooks.unitId))
    .where(q.countyId === undefined ? undefined : or(eq(t.webhooks.countyId, q.countyId), isNull(t.webhooks.countyId)))
    .orderBy(t.webhooks.createdAt, t.webhooks.id);
  const out: WebhookItem[] = [];
  for (const { w, unitName } of rows) {
    const d = t.webhookDeliveries;
    const last = await first(db.select({ status: d.status, createdAt: d.createdAt, error: d.error }).from(d).where(eq(d.webhookId, w.id)).orderBy(desc(d.id)).limit(1));
    out.push({
      id: w.id,
      name: w.name,
      url: maskedUrl(w.url),
      kind: w.kind as WebhookKind,
      unitId: w.unitId,
      unitName,
      countyId: w.countyId,
      signed: w.secret !== null,
      createdAt: iso(w.createdAt)!,
      lastDelivery: last ? { status: last.status as DeliveryStatus, createdAt: iso(last.createdAt)!, error: last.error } : null,
    });
  }
  return out;
}

/** A webhook's delivery log, newest first. */
export async function webhookDeliveries(q: Q, id: string): Promise<DeliveryItem[]> {
  await webhookById(q, id);
  const d = q.t.webhookDeliveries;
  const rows = await q.db.select().from(d).where(eq(d.webhookId, id)).orderBy(desc(d.id)).limit(MAX_LOG);
  return rows.map((r) => ({
    id: r.id,
    webhookId: r.webhookId,
    event: r.event,
    status: r.status as DeliveryStatus,
    attempts: r.attempts,
    httpStatus: r.httpStatus,
    error: r.error,
    createdAt: iso(r.createdAt)!,
    sentAt: iso(r.sentAt),
    body: r.body,
  }));
}

/** Queues a message to each webhook, shaped for its kind, in the caller's transaction: it is sent only if that commits. */
async function queue({ db, t }: Q, hooks: readonly WebhookRow[], m: GroupMessage, publicUrl: string | null, now: number): Promise<number[]> {
  if (hooks.length === 0) return [];
  const rows = hooks.map((w) => ({ webhookId: w.id, event: m.event, body: webhookBody(w.kind as WebhookKind, m, publicUrl, now), status: DELIVERY_STATUS.pending, notBefore: 0, createdAt: now }));
  return (await db.insert(t.webhookDeliveries).values(rows).returning({ id: t.webhookDeliveries.id })).map((r) => r.id);
}

/** Each unit's message to that unit's webhooks. Answers how many messages were queued. */
export async function queueForUnits(q: Q, messages: ReadonlyMap<string, GroupMessage>, publicUrl: string | null, now: number): Promise<number> {
  if (messages.size === 0) return 0;
  const hooks = await q.db.select().from(q.t.webhooks).where(inArray(q.t.webhooks.unitId, [...messages.keys()]));
  let n = 0;
  for (const [unitId, m] of messages) n += (await queue(q, hooks.filter((h) => h.unitId === unitId), m, publicUrl, now)).length;
  return n;
}

/**
 * A message to the county-wide webhooks (those bound to no unit) of the handle's county: each
 * county's group hears only its own lists. A handle that works across counties reaches them all.
 */
export async function queueForCounty(q: Q, m: GroupMessage, publicUrl: string | null, now: number): Promise<number> {
  const w = q.t.webhooks;
  const hooks = await q.db.select().from(w).where(and(isNull(w.unitId), ofCounty(q, w.countyId)));
  return (await queue(q, hooks, m, publicUrl, now)).length;
}

/** POST /api/webhooks/:id/test: a test message, queued; the delivery log tells how it went. */
export async function queueTest(store: Store, id: string, publicUrl: string | null, now: number): Promise<{ deliveryId: number }> {
  return store.tx(async (tx) => {
    const hook = await webhookById(tx, id);
    const [deliveryId] = await queue(tx, [hook], { event: 'test', title: '网格 wangge 测试消息', lines: ['收到这条消息，说明群机器人已接通。'], path: null, data: {} }, publicUrl, now);
    return { deliveryId };
  });
}
