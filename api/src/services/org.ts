import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { AreaInfo, GridApiProps, PersonInfo, UnitInfo } from '@wangge/geodata';
import { first } from '../db/query.ts';
import { ofCounty } from '../db/county-scope.ts';
import type { Q } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { gridsOfWeek, holders, inForce, type Holder } from './layout.ts';

export type GridRow = Tables['grids']['$inferSelect'];
type GridAttributes = Pick<GridRow, 'id' | 'code' | 'name' | 'communityId' | 'areaId' | 'version'>;

/** The API properties of grids: joined names and the units given (lead first), in the order given. */
async function propsOf({ db, t }: Q, rows: GridAttributes[], held: Holder[]): Promise<GridApiProps[]> {
  const communities = new Map((await db.select().from(t.communities)).map((c) => [c.id, c]));
  const offices = new Map((await db.select().from(t.streetOffices)).map((s) => [s.id, s]));
  const areas = new Map((await db.select().from(t.areas)).map((a) => [a.id, a]));
  const byGrid = new Map<string, Holder[]>();
  for (const h of held) byGrid.set(h.gridId, [...(byGrid.get(h.gridId) ?? []), h]);
  return rows.map((g) => {
    const community = communities.get(g.communityId)!;
    const office = offices.get(community.streetOfficeId)!;
    const mine = byGrid.get(g.id) ?? [];
    return {
      id: g.id,
      code: g.code,
      name: g.name,
      communityId: g.communityId,
      areaId: g.areaId,
      version: g.version,
      communityName: community.name,
      streetOfficeId: office.id,
      streetOfficeName: office.name,
      areaName: areas.get(g.areaId)?.name ?? '',
      unitIds: mine.map((h) => h.unitId),
      unitNames: mine.map((h) => h.unitName),
    };
  });
}

/** The latest properties of grids (units included, changes not yet in force too). */
export async function gridProps(q: Q, rows: GridAttributes[]): Promise<GridApiProps[]> {
  return propsOf(q, rows, await holders(q, null, rows.map((r) => r.id)));
}

/** The grids in force in a week as that week had them: version, code, name, place and units. */
export async function weekGridProps(q: Q, week: string): Promise<(GridApiProps & { geometry: string; retired: boolean })[]> {
  const grids = await gridsOfWeek(q, week);
  const props = await propsOf(q, grids, await holders(q, week));
  return props.map((p, i) => ({ ...p, geometry: grids[i].geometry, retired: grids[i].retired }));
}

export function allGrids(q: Q): Promise<GridRow[]> {
  const { db, t } = q;
  return db.select().from(t.grids).where(and(t.activeGrid, ofCounty(q, t.grids.countyId))).orderBy(asc(t.grids.code));
}

/** A grid in force by id, or undefined (unknown or retired). */
export function activeGridById({ db, t }: Q, id: string): Promise<GridRow | undefined> {
  return first(db.select().from(t.grids).where(and(eq(t.grids.id, id), t.activeGrid)));
}

/** A grid by id, retired or not: its history stays readable. */
export function gridById({ db, t }: Q, id: string): Promise<GridRow | undefined> {
  return first(db.select().from(t.grids).where(eq(t.grids.id, id)));
}

/** A grid's units with their contacts, in a week (null: the latest). */
export function gridUnitsInfo({ db, t }: Q, gridId: string, week: string | null = null): Promise<UnitInfo[]> {
  return db
    .select({ id: t.units.id, name: t.units.name, lead: t.gridUnits.lead, contactName: t.units.contactName, contactPhone: t.units.contactPhone })
    .from(t.gridUnits)
    .innerJoin(t.units, eq(t.units.id, t.gridUnits.unitId))
    .where(and(eq(t.gridUnits.gridId, gridId), week === null ? isNull(t.gridUnits.validTo) : inForce(t.gridUnits, week)))
    .orderBy(desc(t.gridUnits.lead), asc(t.units.id));
}

/**
 * A grid's manager and supervisors on a date (YYYY-MM-DD; null: those in post now and later).
 * People's periods are dates, not weeks: a roster changes on any day.
 */
export async function gridPeople({ db, t }: Q, gridId: string, date: string | null = null): Promise<{ manager: PersonInfo | null; supervisors: PersonInfo[] }> {
  const rows = await db
    .select()
    .from(t.people)
    .where(and(eq(t.people.gridId, gridId), date === null ? isNull(t.people.validTo) : inForce(t.people, date)))
    .orderBy(asc(t.people.id));
  const info = (p: (typeof rows)[number]): PersonInfo => ({ id: p.id, name: p.name, phone: p.phone });
  const manager = rows.find((p) => p.role === 'manager');
  return { manager: manager ? info(manager) : null, supervisors: rows.filter((p) => p.role === 'supervisor').map(info) };
}

export async function areaInfo({ db, t }: Q, areaId: string): Promise<AreaInfo | null> {
  return (await first(db.select().from(t.areas).where(eq(t.areas.id, areaId)))) ?? null;
}

export async function communityInfo({ db, t }: Q, communityId: string) {
  const c = await first(db.select().from(t.communities).where(eq(t.communities.id, communityId)));
  if (!c) return null;
  const so = (await first(db.select().from(t.streetOffices).where(eq(t.streetOffices.id, c.streetOfficeId))))!;
  return { community: { id: c.id, code: c.code, name: c.name }, streetOffice: { id: so.id, code: so.code, name: so.name } };
}
