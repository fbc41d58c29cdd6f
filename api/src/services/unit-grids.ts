import { and, eq, gt, inArray, isNull, lte, ne, or } from 'drizzle-orm';
import { checkUnitGrids, EFFECTIVE, effectiveWeek, type UnitAdminInfo } from '@wangge/geodata';
import type { Q, Store } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { HttpError, badRequest } from '../http/errors.ts';
import { audit } from './audit.ts';
import { refuseOtherCounty } from './counties.ts';
import { refuseRetired, unitById, unitInfo } from './units.ts';

type HoldingRow = Tables['gridUnits']['$inferSelect'];

/** A unit's holdings in force in week `week` or later. */
export function heldFrom({ db, t }: Q, unitId: string, week: string): Promise<HoldingRow[]> {
  const gu = t.gridUnits;
  return db.select().from(gu).where(and(eq(gu.unitId, unitId), or(isNull(gu.validTo), gt(gu.validTo, week))));
}

/**
 * Ends a holding before week `week`, so it keeps answering for the weeks before; one that only
 * begins then (or later) was never in force and goes.
 */
export async function endHolding({ db, t }: Q, row: HoldingRow, week: string): Promise<void> {
  if (row.validFrom !== null && row.validFrom >= week) await db.delete(t.gridUnits).where(eq(t.gridUnits.id, row.id));
  else await db.update(t.gridUnits).set({ validTo: week }).where(eq(t.gridUnits.id, row.id));
}

/** Makes `unitId` the grid's only lead from `week`: another lead holder stays, as a member. */
export async function takeLead(tx: Q, gridId: string, unitId: string, week: string): Promise<void> {
  const gu = tx.t.gridUnits;
  const leads = await tx.db.select().from(gu).where(and(eq(gu.gridId, gridId), ne(gu.unitId, unitId), eq(gu.lead, true), or(isNull(gu.validTo), gt(gu.validTo, week))));
  for (const row of leads) {
    await endHolding(tx, row, week);
    await tx.db.insert(gu).values({ gridId, unitId: row.unitId, lead: false, validFrom: row.validFrom !== null && row.validFrom > week ? row.validFrom : week, validTo: row.validTo });
  }
}

/** The grids among `gridIds` that no unit but `unitId` holds in week `week`. */
async function heldByNoOther({ db, t }: Q, gridIds: string[], unitId: string, week: string): Promise<string[]> {
  if (gridIds.length === 0) return [];
  const gu = t.gridUnits;
  const others = await db
    .select({ gridId: gu.gridId })
    .from(gu)
    .where(and(inArray(gu.gridId, gridIds), ne(gu.unitId, unitId), or(isNull(gu.validFrom), lte(gu.validFrom, week)), or(isNull(gu.validTo), gt(gu.validTo, week))));
  const held = new Set(others.map((o) => o.gridId));
  return gridIds.filter((g) => !held.has(g));
}

/**
 * PUT /api/units/:id/grids: the grids the unit holds, changed from the unit. In force from next
 * week unless `effective` says this week, so the running week keeps its figures; the periods
 * before stay as they were. A grid the unit gives up that no other unit would hold is refused
 * (grid_unheld): every grid needs a unit (纵向到底).
 */
export async function setUnitGrids(store: Store, id: string, body: Record<string, unknown>, by: string, now: number): Promise<UnitAdminInfo> {
  const checked = checkUnitGrids(body);
  if (!checked.ok) throw badRequest(checked.message, checked.code, { field: checked.field });
  const week = effectiveWeek(now, checked.value.effective ?? EFFECTIVE.nextWeek);
  const wanted = new Map(checked.value.grids.map((g) => [g.gridId, g.lead]));
  await store.tx(async (tx) => {
    const { db, t } = tx;
    const unit = await unitById(tx, id);
    refuseRetired(unit, 'id');
    const ids = [...wanted.keys()];
    const grids = ids.length ? await db.select().from(t.grids).where(and(inArray(t.grids.id, ids), t.activeGrid)) : [];
    for (const [i, gridId] of ids.entries()) {
      const grid = grids.find((g) => g.id === gridId);
      if (!grid) throw badRequest(`grid "${gridId}" does not exist or is retired`, 'unknown_grid', { field: `grids[${i}].gridId`, gridId });
      refuseOtherCounty(tx, grid.countyId);
      if (grid.countyId !== unit.countyId) throw badRequest(`grid ${grid.code} is of another county than unit ${unit.name}`, 'bad_field', { field: `grids[${i}].gridId` });
    }
    const open = await heldFrom(tx, id, week);
    const dropped = [...new Set(open.filter((r) => !wanted.has(r.gridId)).map((r) => r.gridId))];
    const unheld = await heldByNoOther(tx, dropped, id, week);
    if (unheld.length) {
      const codes = (await db.select({ code: t.grids.code }).from(t.grids).where(inArray(t.grids.id, unheld))).map((g) => g.code).sort();
      throw new HttpError(409, 'grid_unheld', `no other unit holds ${codes.join(', ')}: give it to another unit first`, { field: 'grids', grids: codes });
    }
    for (const row of open) if (wanted.get(row.gridId) !== row.lead) await endHolding(tx, row, week);
    for (const [gridId, lead] of wanted) {
      if (lead) await takeLead(tx, gridId, id, week);
      if (!open.some((r) => r.gridId === gridId && r.lead === lead)) await db.insert(t.gridUnits).values({ gridId, unitId: id, lead, validFrom: week });
    }
    const before = open.map((r) => ({ gridId: r.gridId, lead: r.lead })).sort((a, b) => a.gridId.localeCompare(b.gridId));
    const after = [...wanted].map(([gridId, lead]) => ({ gridId, lead })).sort((a, b) => a.gridId.localeCompare(b.gridId));
    await audit(tx, { at: now, userId: by, entity: 'unit', entityId: id, action: 'grids', before: { grids: before }, after: { from: week, grids: after } });
  });
  return unitInfo(store, id, now);
}
