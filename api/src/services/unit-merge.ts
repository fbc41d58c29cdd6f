import { and, eq, gte, inArray, ne } from 'drizzle-orm';
import { EFFECTIVE, effectiveWeek, isEffective, PROBLEM_STATUS, PROBLEM_UNIT_ROLES, type Effective, type UnitMergeMoved, type UnitMergeResponse } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import { badRequest } from '../http/errors.ts';
import { audit } from './audit.ts';
import { endHolding, heldFrom, takeLead } from './unit-grids.ts';
import { refuseRetired, unitById, unitInfo } from './units.ts';

/** The merged unit's grids become `into`'s from `week` (a lead stays a lead); the weeks before keep the merged unit. */
async function moveHoldings(tx: Q, from: string, into: string, week: string): Promise<number> {
  const { db, t } = tx;
  const mine = await heldFrom(tx, from, week);
  const theirs = await heldFrom(tx, into, week);
  for (const row of mine) {
    await endHolding(tx, row, week);
    const start = row.validFrom !== null && row.validFrom > week ? row.validFrom : week;
    const held = theirs.find((r) => r.gridId === row.gridId);
    if (row.lead) await takeLead(tx, row.gridId, into, week);
    if (held && (held.lead || !row.lead)) continue;
    if (held) await endHolding(tx, held, week);
    await db.insert(t.gridUnits).values({ gridId: row.gridId, unitId: into, lead: row.lead, validFrom: start, validTo: row.validTo });
  }
  return new Set(mine.map((r) => r.gridId)).size;
}

/** Reports of `week` and later follow; one for a grid and week `into` has reported itself stays the merged unit's. */
async function moveReports({ db, t }: Q, from: string, into: string, week: string): Promise<number> {
  const r = t.weeklyReports;
  const mine = await db.select({ id: r.id, gridId: r.gridId, week: r.week }).from(r).where(and(eq(r.unitId, from), gte(r.week, week)));
  const theirs = new Set((await db.select({ gridId: r.gridId, week: r.week }).from(r).where(and(eq(r.unitId, into), gte(r.week, week)))).map((x) => `${x.gridId}|${x.week}`));
  const moving = mine.filter((x) => !theirs.has(`${x.gridId}|${x.week}`)).map((x) => x.id);
  if (moving.length) await db.update(r).set({ unitId: into }).where(inArray(r.id, moving));
  return moving.length;
}

/** Problems not yet verified follow (owner and responsible units); verified ones stay on the record of the unit that fixed them. */
async function moveProblems({ db, t }: Q, from: string, into: string): Promise<number> {
  const p = t.problems;
  const pu = t.problemUnits;
  const owned = (await db.select({ id: p.id }).from(p).where(and(eq(p.ownerUnitId, from), ne(p.status, PROBLEM_STATUS.verified)))).map((x) => x.id);
  if (owned.length) await db.update(p).set({ ownerUnitId: into }).where(inArray(p.id, owned));
  const links = (
    await db
      .select({ link: pu })
      .from(pu)
      .innerJoin(p, eq(p.id, pu.problemId))
      .where(and(inArray(pu.unitId, [from, into]), ne(p.status, PROBLEM_STATUS.verified)))
  ).map((r) => r.link);
  const touched = new Set(owned);
  for (const link of links.filter((l) => l.unitId === from)) {
    touched.add(link.problemId);
    const theirs = links.find((l) => l.problemId === link.problemId && l.unitId === into);
    await db.delete(pu).where(and(eq(pu.problemId, link.problemId), eq(pu.unitId, from)));
    if (!theirs) await db.insert(pu).values({ ...link, unitId: into });
    else if (link.role === PROBLEM_UNIT_ROLES.owner) await db.update(pu).set({ role: link.role }).where(and(eq(pu.problemId, link.problemId), eq(pu.unitId, into)));
  }
  return touched.size;
}

/** Zones the merged unit answered for become `into`'s (in the merged unit's place in their order). */
async function moveZones({ db, t }: Q, from: string, into: string): Promise<number> {
  const z = t.zoneUnits;
  const mine = await db.select().from(z).where(eq(z.unitId, from));
  for (const row of mine) {
    await db.delete(z).where(and(eq(z.zoneId, row.zoneId), eq(z.unitId, from)));
    if (!(await first(db.select().from(z).where(and(eq(z.zoneId, row.zoneId), eq(z.unitId, into)))))) await db.insert(z).values({ ...row, unitId: into });
  }
  return mine.length;
}

/**
 * POST /api/units/:id/merge { into, effective? }: one unit absorbed by another, in one
 * transaction. From the effective week (this week unless told next_week) its grids and reports
 * are `into`'s; its unverified problems, zones, reporter accounts and group robots move at once.
 * The merged unit is kept, retired, under its own name: closed weeks were frozen with it and an
 * open earlier week still counts it, so no figure of a week before the merge changes.
 */
export async function mergeUnit(store: Store, id: string, body: Record<string, unknown>, by: string, now: number): Promise<UnitMergeResponse> {
  const into = body.into;
  if (typeof into !== 'string' || into === '') throw badRequest('into (the id of the unit that takes this one over) is required', 'bad_field', { field: 'into' });
  if (into === id) throw badRequest('a unit cannot be merged into itself', 'merge_into_self', { field: 'into' });
  if (body.effective !== undefined && !isEffective(body.effective)) throw badRequest('effective must be next_week or this_week', 'bad_field', { field: 'effective' });
  const week = effectiveWeek(now, (body.effective as Effective | undefined) ?? EFFECTIVE.thisWeek);
  const moved = await store.tx(async (tx): Promise<UnitMergeMoved> => {
    const { db, t } = tx;
    const unit = await unitById(tx, id);
    refuseRetired(unit, 'id');
    const target = await first(db.select().from(t.units).where(eq(t.units.id, into)));
    if (!target) throw badRequest(`unit "${into}" does not exist`, 'unknown_unit', { field: 'into' });
    refuseRetired(target, 'into');
    if (target.countyId !== unit.countyId) throw badRequest(`unit ${target.name} is of another county`, 'bad_field', { field: 'into' });
    const counts: UnitMergeMoved = {
      grids: await moveHoldings(tx, id, into, week),
      reports: await moveReports(tx, id, into, week),
      problems: await moveProblems(tx, id, into),
      zones: await moveZones(tx, id, into),
      accounts: (await db.update(t.users).set({ unitId: into }).where(eq(t.users.unitId, id)).returning({ id: t.users.id })).length,
      webhooks: (await db.update(t.webhooks).set({ unitId: into }).where(eq(t.webhooks.unitId, id)).returning({ id: t.webhooks.id })).length,
    };
    await db.update(t.units).set({ retiredAt: now, mergedInto: into }).where(eq(t.units.id, id));
    await audit(tx, {
      at: now,
      userId: by,
      entity: 'unit',
      entityId: id,
      action: 'merge',
      before: { name: unit.name, contactName: unit.contactName, contactPhone: unit.contactPhone },
      after: { into, intoName: target.name, from: week, moved: counts },
    });
    return counts;
  });
  return { unit: await unitInfo(store, id, now), into: await unitInfo(store, into, now), moved };
}
