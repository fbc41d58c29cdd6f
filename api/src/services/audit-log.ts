import { and, desc, gte, lt } from 'drizzle-orm';
import { AUDIT_LIMIT, type AuditEntry, type AuditResponse } from '@wangge/geodata';
import type { Q } from '../db/store.ts';

const DAY_MS = 86_400_000;
/** the start of a Shanghai calendar day */
const dayStart = (day: string) => Date.parse(`${day}T00:00:00+08:00`);

export interface AuditQuery {
  /** matched, in any case, against who (account and name), what (kind and id), the action and the before and after */
  search: string;
  /** Shanghai days, inclusive */
  from: string | null;
  to: string | null;
}

/** GET /api/audit: the recorded changes, newest first. */
export async function auditLog({ db, t }: Q, query: AuditQuery): Promise<AuditResponse> {
  const rows = await db
    .select()
    .from(t.auditEvents)
    .where(and(query.from ? gte(t.auditEvents.at, dayStart(query.from)) : undefined, query.to ? lt(t.auditEvents.at, dayStart(query.to) + DAY_MS) : undefined))
    .orderBy(desc(t.auditEvents.at), desc(t.auditEvents.id));
  const names = new Map((await db.select({ id: t.users.id, displayName: t.users.displayName }).from(t.users)).map((u) => [u.id, u.displayName || u.id]));
  const needle = query.search.trim().toLowerCase();
  const entries: AuditEntry[] = [];
  let truncated = false;
  for (const r of rows) {
    const userName = r.userId === null ? null : (names.get(r.userId) ?? r.userId);
    if (needle) {
      const text = [r.userId ?? '', userName ?? '', r.entity, r.entityId, r.action, JSON.stringify(r.before ?? ''), JSON.stringify(r.after ?? '')].join('\n').toLowerCase();
      if (!text.includes(needle)) continue;
    }
    if (entries.length === AUDIT_LIMIT) {
      truncated = true;
      break;
    }
    entries.push({ id: r.id, at: new Date(r.at).toISOString(), userId: r.userId, userName, entity: r.entity, entityId: r.entityId, action: r.action, before: r.before ?? null, after: r.after ?? null });
  }
  return { entries, truncated };
}
