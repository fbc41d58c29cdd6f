import { and, asc, desc, eq, inArray, isNull, lte, gt, or, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ofCounty } from '../db/county-scope.ts';
import type { Q } from '../db/store.ts';

/**
 * What was in force in a week (see geodata's validity.ts): the grids' versions and the units
 * that held them. Past weeks are drawn and counted from these, never from today's rows.
 */
export function inForce(period: { validFrom: AnySQLiteColumn; validTo: AnySQLiteColumn }, week: string): SQL {
  return and(or(isNull(period.validFrom), lte(period.validFrom, week)), or(isNull(period.validTo), gt(period.validTo, week)))!;
}

export interface WeekGrid {
  id: string;
  version: number;
  code: string;
  name: string;
  communityId: string;
  areaId: string;
  geometry: string;
  /** retired since (now): the grid is shown for the weeks it was in force */
  retired: boolean;
}

/** The grids in force in a week, each in the version of that week, by code. */
export async function gridsOfWeek(q: Q, week: string, gridIds?: string[]): Promise<WeekGrid[]> {
  const { db, t } = q;
  const v = t.gridVersions;
  return (
    await db
      .select({ id: v.gridId, version: v.version, code: v.code, name: v.name, communityId: v.communityId, areaId: v.areaId, geometry: v.geometry, retiredAt: t.grids.retiredAt })
      .from(v)
      .innerJoin(t.grids, eq(t.grids.id, v.gridId))
      .where(and(inForce(v, week), ofCounty(q, t.grids.countyId), gridIds ? inArray(v.gridId, gridIds) : undefined))
      .orderBy(asc(v.code), asc(v.gridId))
  ).map(({ retiredAt, ...g }) => ({ ...g, retired: retiredAt !== null }));
}

/** The grids in force in a week, id and code of that week's version only (no geometry), by code. */
export async function gridCodesOfWeek(q: Q, week: string, gridIds?: string[]): Promise<{ id: string; code: string }[]> {
  const { db, t } = q;
  const v = t.gridVersions;
  return db
    .select({ id: v.gridId, code: v.code })
    .from(v)
    .innerJoin(t.grids, eq(t.grids.id, v.gridId))
    .where(and(inForce(v, week), ofCounty(q, t.grids.countyId), gridIds ? inArray(v.gridId, gridIds) : undefined))
    .orderBy(asc(v.code), asc(v.gridId));
}

export interface Holder {
  gridId: string;
  unitId: string;
  unitName: string;
  lead: boolean;
}

/** The units holding grids in a week (lead first, then by unit id); `week` null: the latest, including changes not yet in force. */
export async function holders(q: Q, week: string | null, gridIds?: string[]): Promise<Holder[]> {
  const { db, t } = q;
  const gu = t.gridUnits;
  return db
    .select({ gridId: gu.gridId, unitId: t.units.id, unitName: t.units.name, lead: gu.lead })
    .from(gu)
    .innerJoin(t.units, eq(t.units.id, gu.unitId))
    .where(and(week === null ? isNull(gu.validTo) : inForce(gu, week), ofCounty(q, t.units.countyId), gridIds ? inArray(gu.gridId, gridIds) : undefined))
    .orderBy(desc(gu.lead), asc(t.units.id));
}
