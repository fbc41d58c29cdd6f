import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { MarkReadRequest, NotificationItem, NotificationKind, NotificationLink, NotificationParams, NotificationsResponse, Role } from '@wangge/geodata';
import { chunks } from '../db/batch.ts';
import { ofCounty } from '../db/county-scope.ts';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';

/** What a notification says (the web words it from kind and params) and where it leads. */
export interface Notice {
  kind: NotificationKind;
  params: NotificationParams;
  link: NotificationLink | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const MAX_LIST = 100;

/**
 * Stores a notice for each account, in the caller's transaction. With a `dedupeKey` (a scheduled
 * reminder's job and slot), an account that already has one with that key gets nothing new, so a
 * repeated run adds nothing. Answers how many were stored.
 */
export async function notifyUsers({ db, t }: Q, userIds: readonly string[], notice: Notice, now: number, dedupeKey: string | null = null): Promise<number> {
  let stored = 0;
  for (const part of chunks([...new Set(userIds)], 200)) {
    const rows = part.map((userId) => ({ userId, kind: notice.kind, params: notice.params, link: notice.link, createdAt: now, dedupeKey }));
    stored += (await db.insert(t.notifications).values(rows).onConflictDoNothing().returning({ id: t.notifications.id })).length;
  }
  return stored;
}

/** The enabled reporter accounts of each unit (a unit without one is left out). */
export async function unitReporters({ db, t }: Q, unitIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (unitIds.length === 0) return out;
  const rows = await db
    .select({ id: t.users.id, unitId: t.users.unitId })
    .from(t.users)
    .where(and(eq(t.users.role, 'reporter'), eq(t.users.disabled, false), inArray(t.users.unitId, [...unitIds])));
  for (const r of rows) out.set(r.unitId!, [...(out.get(r.unitId!) ?? []), r.id]);
  return out;
}

/** The enabled accounts of some roles (leaders and inspectors get the missing list): the handle's county's and the city-wide ones. */
export async function accountsWithRoles(q: Q, roles: readonly Role[]): Promise<string[]> {
  const { db, t } = q;
  const rows = await db.select({ id: t.users.id }).from(t.users).where(and(inArray(t.users.role, [...roles]), eq(t.users.disabled, false), ofCounty(q, t.users.countyId)));
  return rows.map((r) => r.id);
}

async function unreadCount({ db, t }: Q, userId: string): Promise<number> {
  return (await first(db.select({ n: count() }).from(t.notifications).where(and(eq(t.notifications.userId, userId), isNull(t.notifications.readAt)))))?.n ?? 0;
}

/** GET /api/notifications: the account's newest notifications and how many are unread. */
export async function listNotifications(q: Q, userId: string, limit = 50): Promise<NotificationsResponse> {
  const { db, t } = q;
  const rows = await db
    .select()
    .from(t.notifications)
    .where(eq(t.notifications.userId, userId))
    .orderBy(desc(t.notifications.createdAt), desc(t.notifications.id))
    .limit(Math.min(limit, MAX_LIST));
  const items: NotificationItem[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind as NotificationKind,
    params: r.params,
    link: r.link ?? null,
    createdAt: iso(r.createdAt)!,
    readAt: iso(r.readAt),
  }));
  return { unread: await unreadCount(q, userId), items };
}

/** POST /api/notifications/read: marks the account's own notifications read (others' ids are ignored); answers the unread count. */
export async function markRead(store: Store, userId: string, req: MarkReadRequest, now: number): Promise<{ unread: number }> {
  const { t } = store;
  return store.tx(async (tx) => {
    const mine = and(eq(t.notifications.userId, userId), isNull(t.notifications.readAt));
    await tx.db.update(t.notifications).set({ readAt: now }).where('all' in req ? mine : and(mine, inArray(t.notifications.id, req.ids)));
    return { unread: await unreadCount(tx, userId) };
  });
}
