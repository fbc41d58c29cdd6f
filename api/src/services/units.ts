import { randomBytes } from 'node:crypto';
import { and, asc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import { checkUnitInput, currentWeek, ROLES, type UnitAdminInfo, type UnitHolding, type UnitInput } from '@wangge/geodata';
import { ofCounty } from '../db/county-scope.ts';
import { first } from '../db/query.ts';
import { uniqueViolation } from '../db/unique-violation.ts';
import type { Q, Store } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { HttpError, badRequest, conflict, notFound } from '../http/errors.ts';
import { audit } from './audit.ts';
import { refuseOtherCounty } from './counties.ts';

export type UnitRow = Tables['units']['$inferSelect'];

const contact = (u: UnitRow) => ({ name: u.name, contactName: u.contactName, contactPhone: u.contactPhone });

/** The unit's fields checked, or a 400 naming the field (bad_field, bad_phone). */
export function unitInput(body: Record<string, unknown>, partial: boolean): Partial<UnitInput> {
  const checked = checkUnitInput(body, partial);
  if (!checked.ok) throw badRequest(checked.message, checked.code, { field: checked.field });
  return checked.value;
}

/** A unit of the request's county by id (retired ones too), else 404 or 403 other_county. */
export async function unitById(q: Q, id: string): Promise<UnitRow> {
  const { db, t } = q;
  const row = await first(db.select().from(t.units).where(eq(t.units.id, id)));
  if (!row) throw notFound(`unit "${id}" does not exist`);
  refuseOtherCounty(q, row.countyId);
  return row;
}

/** 409 for a unit merged away: its history is kept as it was. */
export function refuseRetired(u: UnitRow, field: string): void {
  if (u.retiredAt !== null) throw new HttpError(409, 'unit_retired', `unit ${u.name} was merged into another and is kept as history only`, { field, unit: u.name });
}

/** The grids units hold in the running week or from a later one (each period with its weeks). */
async function holdingsOf(q: Q, unitIds: string[], now: number): Promise<Map<string, UnitHolding[]>> {
  const { db, t } = q;
  const gu = t.gridUnits;
  const out = new Map<string, UnitHolding[]>();
  if (unitIds.length === 0) return out;
  const rows = await db
    .select({ unitId: gu.unitId, gridId: gu.gridId, lead: gu.lead, from: gu.validFrom, to: gu.validTo, code: t.grids.code, name: t.grids.name })
    .from(gu)
    .innerJoin(t.grids, eq(t.grids.id, gu.gridId))
    .where(and(inArray(gu.unitId, unitIds), or(isNull(gu.validTo), gt(gu.validTo, currentWeek(now))), t.activeGrid))
    .orderBy(asc(t.grids.code));
  // by grid, then the earlier period first (an open start is the earliest; the backends sort nulls apart)
  rows.sort((a, b) => a.code.localeCompare(b.code) || (a.from ?? '').localeCompare(b.from ?? ''));
  for (const { unitId, ...h } of rows) out.set(unitId, [...(out.get(unitId) ?? []), h]);
  return out;
}

async function adminInfo(q: Q, rows: UnitRow[], now: number): Promise<UnitAdminInfo[]> {
  const { db, t } = q;
  const ids = rows.map((u) => u.id);
  const holdings = await holdingsOf(q, ids, now);
  const names = new Map((await db.select({ id: t.units.id, name: t.units.name }).from(t.units).where(ofCounty(q, t.units.countyId))).map((u) => [u.id, u.name]));
  const reporters = ids.length ? await db.select({ unitId: t.users.unitId }).from(t.users).where(and(inArray(t.users.unitId, ids), eq(t.users.role, ROLES.reporter))) : [];
  return rows.map((u) => ({
    id: u.id,
    ...contact(u),
    countyId: u.countyId,
    retiredAt: u.retiredAt === null ? null : new Date(u.retiredAt).toISOString(),
    mergedInto: u.mergedInto === null ? null : { id: u.mergedInto, name: names.get(u.mergedInto) ?? u.mergedInto },
    grids: holdings.get(u.id) ?? [],
    reporters: reporters.filter((r) => r.unitId === u.id).length,
  }));
}

/** GET /api/units/manage?q=: the county's units, those in service by name, then the retired; `search` matches name, contact or phone. */
export async function listUnits(q: Q, search: string, now: number): Promise<UnitAdminInfo[]> {
  const { db, t } = q;
  const rows = await db.select().from(t.units).where(ofCounty(q, t.units.countyId));
  const needle = search.trim().toLowerCase();
  const digits = needle.replace(/\D/g, '');
  const kept = rows
    .filter((u) => !needle || [u.name, u.contactName].some((s) => s.toLowerCase().includes(needle)) || (digits.length >= 3 && u.contactPhone.replace(/\D/g, '').includes(digits)))
    .sort((a, b) => Number(a.retiredAt !== null) - Number(b.retiredAt !== null) || a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id));
  return adminInfo(q, kept, now);
}

export async function unitInfo(q: Q, id: string, now: number): Promise<UnitAdminInfo> {
  return (await adminInfo(q, [await unitById(q, id)], now))[0];
}

/** 409 unit_name_taken when another unit of the county (retired ones too: they keep their name in old weeks) has the name. */
async function refuseTakenName({ db, t }: Q, countyId: string | null, name: string, self: string | null): Promise<void> {
  const same = await first(db.select({ id: t.units.id }).from(t.units).where(and(countyId === null ? isNull(t.units.countyId) : eq(t.units.countyId, countyId), eq(t.units.name, name))));
  if (same && same.id !== self) throw conflict(`a unit named ${name} exists already`, 'unit_name_taken', { field: 'name', name });
}

/** A write that lost a race for a name to another: the unique index refuses it, answered as the check would. */
async function nameRace<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (name !== undefined && uniqueViolation(err)) throw conflict(`a unit named ${name} exists already`, 'unit_name_taken', { field: 'name', name });
    throw err;
  }
}

/** POST /api/units: a unit of the request's county. */
export async function createUnit(store: Store, body: Record<string, unknown>, by: string, now: number): Promise<UnitAdminInfo> {
  const input = unitInput(body, false) as UnitInput;
  const countyId = store.countyId ?? null;
  const id = `unit-${randomBytes(5).toString('hex')}`;
  await nameRace(input.name, () => store.tx(async (tx) => {
    await refuseTakenName(tx, countyId, input.name, null);
    await tx.db.insert(tx.t.units).values({ id, countyId, ...input });
    await audit(tx, { at: now, userId: by, entity: 'unit', entityId: id, action: 'add', after: input });
  }));
  return unitInfo(store, id, now);
}

/** PATCH /api/units/:id: rename, or change the contact person or phone. */
export async function updateUnit(store: Store, id: string, body: Record<string, unknown>, by: string, now: number): Promise<UnitAdminInfo> {
  const input = unitInput(body, true);
  await nameRace(input.name, () => store.tx(async (tx) => {
    const before = await unitById(tx, id);
    refuseRetired(before, 'id');
    if (input.name !== undefined) await refuseTakenName(tx, before.countyId, input.name, id);
    const after = { ...contact(before), ...input };
    if (JSON.stringify(after) === JSON.stringify(contact(before))) return;
    await tx.db.update(tx.t.units).set(input).where(eq(tx.t.units.id, id));
    await audit(tx, { at: now, userId: by, entity: 'unit', entityId: id, action: 'update', before: contact(before), after });
  }));
  return unitInfo(store, id, now);
}
