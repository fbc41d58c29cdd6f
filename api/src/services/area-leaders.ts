import { randomBytes } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { checkAreaLeader, shanghaiDate, type AreaLeaderHolder, type AreaLeadersResponse, type AreaRoster } from '@wangge/geodata';
import { ofCounty } from '../db/county-scope.ts';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { HttpError, badRequest, notFound } from '../http/errors.ts';
import { audit } from './audit.ts';
import { refuseOtherCounty } from './counties.ts';

type AreaRow = Tables['areas']['$inferSelect'];
type LeaderRow = Tables['areaLeaders']['$inferSelect'];

const holder = (r: LeaderRow): AreaLeaderHolder => ({ id: r.id, name: r.name, title: r.title, phone: r.phone, from: r.validFrom, to: r.validTo });

/** Whether a period (from inclusive, to exclusive; null: open) holds a day. Dates are YYYY-MM-DD, so strings compare as days. */
const holds = (r: { validFrom: string | null; validTo: string | null }, day: string) => (r.validFrom === null || r.validFrom <= day) && (r.validTo === null || r.validTo > day);

/** Whether [a, b) and [c, d) share a day. */
const overlaps = (aFrom: string | null, aTo: string | null, bFrom: string | null, bTo: string | null) =>
  (aTo === null || bFrom === null || bFrom < aTo) && (bTo === null || aFrom === null || aFrom < bTo);

/**
 * The 片区's leader on a day: the dated period that holds it, else — before any period was
 * recorded — the leader the area was loaded with (a post and a phone, no name).
 */
function leaderOn(area: AreaRow, rows: LeaderRow[], day: string): AreaLeaderHolder | null {
  const row = rows.find((r) => holds(r, day));
  if (row) return holder(row);
  return rows.length === 0 ? { id: `${area.id}-loaded`, name: '', title: area.leaderTitle, phone: area.leaderPhone, from: null, to: null } : null;
}

async function leaderRows({ db, t }: Q, areaIds: string[]): Promise<LeaderRow[]> {
  if (areaIds.length === 0) return [];
  const rows = await db.select().from(t.areaLeaders).where(inArray(t.areaLeaders.areaId, areaIds)).orderBy(asc(t.areaLeaders.id));
  return rows.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
}

/** GET /api/area-leaders?at=: the county's 片区 with their leader on `at` and every leader they had. */
export async function areaLeadersOn(q: Q, at: string): Promise<AreaLeadersResponse> {
  const { db, t } = q;
  const areas = await db.select().from(t.areas).where(ofCounty(q, t.areas.countyId)).orderBy(asc(t.areas.id));
  const rows = await leaderRows(q, areas.map((a) => a.id));
  return {
    at,
    areas: areas.map((a): AreaRoster => {
      const mine = rows.filter((r) => r.areaId === a.id);
      return { areaId: a.id, name: a.name, leader: leaderOn(a, mine, at), history: mine.map(holder) };
    }),
  };
}

/** The leader of a 片区 on a day (GET /api/locate?at=). */
export async function areaLeaderAt(q: Q, areaId: string, day: string): Promise<AreaLeaderHolder | null> {
  const area = await first(q.db.select().from(q.t.areas).where(eq(q.t.areas.id, areaId)));
  return area ? leaderOn(area, await leaderRows(q, [areaId]), day) : null;
}

/**
 * PUT /api/areas/:id/leader: a leader from `from`, with the same rules as a grid's posts: the
 * open period that began earlier ends there, one that began on `from` is replaced, any other
 * overlap is refused (overlapping_period). The first dated leader keeps the loaded one as the
 * leader of the days before; the area's own columns follow the leader in post today.
 */
export async function setAreaLeader(store: Store, areaId: string, body: Record<string, unknown>, by: string, now: number): Promise<AreaRoster> {
  const checked = checkAreaLeader(body);
  if (!checked.ok) throw badRequest(checked.message, checked.code, { field: checked.field });
  const { from, to, name, title, phone } = checked.value;
  const today = shanghaiDate(now);
  await store.tx(async (tx) => {
    const { db, t } = tx;
    const area = await first(db.select().from(t.areas).where(eq(t.areas.id, areaId)));
    if (!area) throw notFound(`片区 "${areaId}" does not exist`);
    refuseOtherCounty(tx, area.countyId);
    const rows = await leaderRows(tx, [areaId]);
    if (rows.length === 0) {
      rows.push({ id: `${areaId}-loaded`, areaId, name: '', title: area.leaderTitle, phone: area.leaderPhone, validFrom: null, validTo: null });
      await db.insert(t.areaLeaders).values(rows[0]);
    }
    const replaced = rows.filter((r) => r.validFrom === from);
    const ended = rows.filter((r) => r.validTo === null && (r.validFrom === null || r.validFrom < from));
    const clash = rows.find((r) => !replaced.includes(r) && !ended.includes(r) && overlaps(r.validFrom, r.validTo, from, to));
    if (clash) {
      throw new HttpError(409, 'overlapping_period', `片区 ${area.name}: ${clash.name || clash.title} led it from ${clash.validFrom ?? 'the start'} to ${clash.validTo ?? 'now'}, which overlaps ${from}–${to ?? 'open'}`, {
        field: 'from',
        name: clash.name || clash.title,
        from: clash.validFrom,
        to: clash.validTo,
      });
    }
    for (const r of replaced) await db.delete(t.areaLeaders).where(eq(t.areaLeaders.id, r.id));
    for (const r of ended) await db.update(t.areaLeaders).set({ validTo: from }).where(eq(t.areaLeaders.id, r.id));
    await db.insert(t.areaLeaders).values({ id: `${areaId}-leader-${randomBytes(5).toString('hex')}`, areaId, name, title, phone, validFrom: from, validTo: to });
    if (holds({ validFrom: from, validTo: to }, today)) await db.update(t.areas).set({ leaderTitle: title, leaderPhone: phone }).where(eq(t.areas.id, areaId));
    const was = ended[0] ?? replaced[0];
    await audit(tx, {
      at: now,
      userId: by,
      entity: 'area-leader',
      entityId: areaId,
      action: 'roster',
      before: was ? { name: was.name, title: was.title, phone: was.phone, from: was.validFrom, to: was.validTo } : null,
      after: { name, title, phone, from, to },
    });
  });
  return (await areaLeadersOn(store, from)).areas.find((a) => a.areaId === areaId)!;
}
