import { and, asc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import { decodeRosterPeriod, rosterFlags, type GridRoster, type RosterHolder, type RostersResponse } from '@wangge/geodata';
import { ofCounty } from '../db/county-scope.ts';
import type { Q, Store } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { HttpError, badRequest, notFound } from '../http/errors.ts';
import { audit } from './audit.ts';
import { checkPeople } from './grid-people.ts';
import { refuseOtherCounty } from './counties.ts';
import { periodChange, writePeriod } from './roster-periods.ts';
import { activeGridById } from './org.ts';

type PersonRow = Tables['people']['$inferSelect'];

const holder = (p: PersonRow): RosterHolder => ({ id: p.id, name: p.name, phone: p.phone, from: p.validFrom, to: p.validTo });

/** The rows of people in post on `date` (from inclusive, to exclusive; an open end runs on). */
function onDate({ t }: Q, date: string) {
  return and(or(isNull(t.people.validFrom), lte(t.people.validFrom, date)), or(isNull(t.people.validTo), gt(t.people.validTo, date)));
}

function posts(rows: PersonRow[]): Pick<GridRoster, 'manager' | 'supervisors' | 'flags'> {
  const managerRow = rows.find((p) => p.role === 'manager');
  const manager = managerRow ? holder(managerRow) : null;
  const supervisors = rows.filter((p) => p.role === 'supervisor').map(holder);
  return { manager, supervisors, flags: rosterFlags(manager, supervisors) };
}

/** GET /api/rosters: every grid in force, by code, with who held its posts on `at`. */
export async function rostersOn(q: Q, at: string): Promise<RostersResponse> {
  const { db, t } = q;
  const grids = await db
    .select({ id: t.grids.id, code: t.grids.code, name: t.grids.name, communityName: t.communities.name })
    .from(t.grids)
    .innerJoin(t.communities, eq(t.communities.id, t.grids.communityId))
    .where(and(t.activeGrid, ofCounty(q, t.grids.countyId)))
    .orderBy(asc(t.grids.code));
  const people = await db.select().from(t.people).where(onDate(q, at)).orderBy(asc(t.people.id));
  return {
    at,
    grids: grids.map((g) => ({ gridId: g.id, code: g.code, name: g.name, communityName: g.communityName, ...posts(people.filter((p) => p.gridId === g.id)) })),
  };
}

/** One grid's posts on a day. */
export async function gridRosterOn(q: Q, gridId: string, at: string): Promise<Pick<GridRoster, 'manager' | 'supervisors' | 'flags'>> {
  const { db, t } = q;
  return posts(await db.select().from(t.people).where(and(eq(t.people.gridId, gridId), onDate(q, at))).orderBy(asc(t.people.id)));
}

/**
 * PUT /api/grids/:id/people: a new period of a grid's posts from `from`. The open period that began
 * before `from` ends there (its people stay the answer for the days before); one that began on
 * `from` itself (open or not) is a correction and is replaced. Any other period sharing a day with the new one
 * is refused (overlapping_period) — ended periods are history and are not rewritten.
 */
export async function setGridRoster(store: Store, gridId: string, body: Record<string, unknown>, by: string, now: number): Promise<GridRoster> {
  const grid = await activeGridById(store, gridId);
  if (!grid) throw notFound(`grid "${gridId}" does not exist or is retired`);
  refuseOtherCounty(store, grid.countyId);
  const period = decodeRosterPeriod(body.from, body.to);
  if (!period.ok) throw badRequest(period.message, period.code, { field: period.field });
  const { from, to } = period.value;
  const people = checkPeople({ manager: body.manager, supervisors: body.supervisors }, grid.code);
  const twice = duplicate([...(people.manager ? [people.manager] : []), ...people.supervisors]);
  if (twice) throw badRequest(`${twice.name} (${twice.phone}) is named twice in grid ${grid.code}'s posts`, 'duplicate_person', { name: twice.name, phone: twice.phone });

  await store.tx(async (tx) => {
    const { db, t } = tx;
    const rows = await db.select().from(t.people).where(eq(t.people.gridId, gridId)).orderBy(asc(t.people.id));
    const { replaced, ended, clash } = periodChange(rows, from, to);
    if (clash) {
      throw new HttpError(409, 'overlapping_period', `grid ${grid.code}: ${clash.name} held the ${clash.role} post from ${clash.validFrom ?? 'the start'} to ${clash.validTo ?? 'now'}, which overlaps ${from}–${to ?? 'open'}`, {
        field: 'from',
        name: clash.name,
        from: clash.validFrom,
        to: clash.validTo,
      });
    }
    const fresh = [...(people.manager ? [{ ...people.manager, role: 'manager' as const }] : []), ...people.supervisors.map((s) => ({ ...s, role: 'supervisor' as const }))];
    await writePeriod(tx, gridId, { deleteIds: replaced.map((p) => p.id), endIds: ended.map((p) => p.id) }, from, to, fresh);
    const was = posts([...replaced, ...ended.map((p) => ({ ...p, validTo: from }))]);
    await audit(tx, {
      at: now,
      userId: by,
      entity: 'grid-people',
      entityId: gridId,
      action: 'roster',
      before: { manager: was.manager, supervisors: was.supervisors },
      after: { from, to, manager: people.manager, supervisors: people.supervisors },
    });
  });
  const roster = await gridRosterOn(store, gridId, from);
  const community = await store.db.select({ name: store.t.communities.name }).from(store.t.communities).where(eq(store.t.communities.id, grid.communityId));
  return { gridId, code: grid.code, name: grid.name, communityName: community[0]?.name ?? '', ...roster };
}

function duplicate(people: { name: string; phone: string }[]): { name: string; phone: string } | null {
  const seen = new Set<string>();
  for (const p of people) {
    const key = `${p.name}|${p.phone.replace(/\D/g, '')}`;
    if (seen.has(key)) return p;
    seen.add(key);
  }
  return null;
}
