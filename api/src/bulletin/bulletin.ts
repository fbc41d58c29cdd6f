import { and, eq, isNull } from 'drizzle-orm';
import { BULLETIN_ISSUER, addWeeks, currentWeek, weekClosesAt, type BulletinComment, type BulletinEscalation, type BulletinResponse } from '@wangge/geodata';
import { inCounty, ofCounty } from '../db/county-scope.ts';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import { badRequest, conflict } from '../http/errors.ts';
import { audit } from '../services/audit.ts';
import { settingsCounty } from '../services/county-settings.ts';
import { closeGraceHours } from '../services/deployment.ts';
import { overdueList, statusTable, weekStatus } from '../services/figures.ts';
import { countyMeta } from '../services/reference.ts';
import { groupsOf, listsOf, rateOf, type Contacts } from './lists.ts';
import { overdueProblemsAt } from './overdue-problems.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** The county's row of the week. */
const ofWeek = (q: Q, countyId: string, week: string) => and(eq(q.t.bulletins.countyId, countyId), eq(q.t.bulletins.week, week));

/** The county whose 通报 a handle reads: its own (a request's), or the first one; null: no county loaded. */
async function bulletinCounty(q: Q): Promise<string | null> {
  return settingsCounty(q);
}

async function commentOf(q: Q, countyId: string | null, week: string): Promise<BulletinComment | null> {
  if (countyId === null) return null;
  const { db, t } = q;
  const row = await first(
    db.select({ text: t.bulletins.comment, at: t.bulletins.commentAt, by: t.users.displayName, username: t.users.username }).from(t.bulletins).leftJoin(t.users, eq(t.users.id, t.bulletins.commentBy)).where(ofWeek(q, countyId, week)),
  );
  if (!row?.text || row.at === null) return null;
  return { text: row.text, by: row.by || row.username || '', at: iso(row.at) };
}

/**
 * A county's week's 通报 made from the figures its leaders read (GET /api/status and /api/overdue,
 * frozen once the week closed), so it names exactly the units they name.
 */
async function makeBulletin(store: Store, countyId: string | null, week: string, now: number): Promise<BulletinResponse> {
  const status = await weekStatus(store, week, now);
  const asOf = status.closedAt ? Date.parse(status.closedAt) : now;
  const rows = await statusTable(store, week, now, {});
  const overdue = await overdueList(store, week, now, {});
  const contact = (c: { contactName: string; contactPhone: string }) => ({ contactName: c.contactName, contactPhone: c.contactPhone });
  const contacts: Contacts = new Map([
    ...(await store.db.select().from(store.t.units).where(ofCounty(store, store.t.units.countyId))).map((u) => [u.id, contact(u)] as const),
    // a closed week keeps the contacts of its day
    ...[...overdue.rows, ...overdue.pending].map((r) => [r.unitId, contact(r)] as const),
  ]);
  const escalated = new Map<string, BulletinEscalation>();
  for (const r of overdue.rows) {
    if (r.status !== 'missing' || r.missedRun < 2) continue;
    const e = escalated.get(r.unitId) ?? { unitId: r.unitId, unitName: r.unitName, weeks: 0, grids: [] };
    e.weeks = Math.max(e.weeks, r.missedRun);
    e.grids.push({ gridId: r.gridId, code: r.gridCode, name: r.gridName, weeks: r.missedRun });
    escalated.set(r.unitId, e);
  }
  const lastWeek = addWeeks(week, -1);
  return {
    week,
    issuer: BULLETIN_ISSUER,
    countyName: (await countyMeta(store)).name,
    asOf: iso(asOf),
    dueAt: status.dueAt,
    issuedAt: status.closedAt,
    ...listsOf(rows, contacts),
    byArea: groupsOf(rows, contacts, 'area'),
    byStreetOffice: groupsOf(rows, contacts, 'streetOffice'),
    escalated: [...escalated.values()].sort((a, b) => b.weeks - a.weeks || a.unitName.localeCompare(b.unitName, 'zh')),
    overdueProblems: await overdueProblemsAt(store, asOf),
    thisWeek: rateOf(rows),
    lastWeek: { week: lastWeek, ...rateOf(await statusTable(store, lastWeek, now, {})) },
    comment: await commentOf(store, countyId, week),
  };
}

/**
 * GET /api/bulletins?week=: the county's 通报 (the request's county): an open week's as it stands
 * now; a closed week's as issued when it closed — kept the first time it is asked for, and
 * answered from that record ever after.
 */
export async function bulletin(base: Store, week: string, now: number): Promise<BulletinResponse> {
  const countyId = await bulletinCounty(base);
  const store = inCounty(base, countyId ?? undefined);
  if (countyId === null) return makeBulletin(store, null, week, now);
  const { db, t } = store;
  const kept = await first(db.select({ body: t.bulletins.body }).from(t.bulletins).where(ofWeek(store, countyId, week)));
  if (kept?.body) return kept.body as BulletinResponse;
  const made = await makeBulletin(store, countyId, week, now);
  if (!made.issuedAt) return made;
  const issuedAt = Date.parse(made.issuedAt);
  // a comment alone may have made the row; another request may have kept the bulletin meanwhile: the first kept wins
  await db
    .insert(t.bulletins)
    .values({ countyId, week, issuedAt, body: made })
    .onConflictDoUpdate({ target: [t.bulletins.countyId, t.bulletins.week], set: { issuedAt, body: made }, setWhere: isNull(t.bulletins.body) });
  return ((await first(db.select({ body: t.bulletins.body }).from(t.bulletins).where(ofWeek(store, countyId, week))))?.body ?? made) as BulletinResponse;
}

/**
 * Sets (or, with empty text, removes) the admin's comment on the county's week's 通报 before it is
 * issued, recorded in the audit log. Once the week closed the 通报 is issued and the comment is final.
 */
export async function setBulletinComment(store: Store, week: string, text: string, userId: string, now: number): Promise<BulletinComment | null> {
  const { t } = store;
  if (week > currentWeek(now)) throw badRequest(`week ${week} has not started yet (the current week is ${currentWeek(now)})`, 'bad_week');
  const closesAt = weekClosesAt(week, await closeGraceHours(store));
  if (now >= closesAt) throw conflict(`the 通报 of week ${week} was issued when the week closed (${iso(closesAt)}): its comment can no longer change`, 'bulletin_issued');
  const countyId = await bulletinCounty(store);
  if (countyId === null) throw conflict('no county is loaded yet: there is no 通报 to comment on', 'no_county');
  const comment = text.trim() === '' ? null : text.trim();
  await store.tx(async (tx) => {
    const before = await commentOf(tx, countyId, week);
    const set = { comment, commentBy: comment === null ? null : userId, commentAt: comment === null ? null : now };
    await tx.db.insert(t.bulletins).values({ countyId, week, ...set }).onConflictDoUpdate({ target: [t.bulletins.countyId, t.bulletins.week], set });
    await audit(tx, { at: now, userId, entity: 'bulletin', entityId: week, action: comment === null ? 'uncomment' : 'comment', before: before?.text ?? null, after: comment });
  });
  return commentOf(store, countyId, week);
}
