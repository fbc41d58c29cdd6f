import { and, asc, desc, eq } from 'drizzle-orm';
import type { AreaInfo, GridApiProps, PersonInfo, UnitInfo } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';

export type GridRow = Tables['grids']['$inferSelect'];

/** The API properties of grids: joined names and holding units, ordered by code. */
export async function gridProps({ db, t }: Q, rows: GridRow[]): Promise<GridApiProps[]> {
  const communities = new Map((await db.select().from(t.communities)).map((c) => [c.id, c]));
  const offices = new Map((await db.select().from(t.streetOffices)).map((s) => [s.id, s]));
  const areas = new Map((await db.select().from(t.areas)).map((a) => [a.id, a]));
  const holders = await db
    .select({ gridId: t.gridUnits.gridId, unitId: t.units.id, unitName: t.units.name })
    .from(t.gridUnits)
    .innerJoin(t.units, eq(t.units.id, t.gridUnits.unitId))
    .orderBy(desc(t.gridUnits.lead), asc(t.units.id));
  return rows.map((g) => {
    const community = communities.get(g.communityId)!;
    const office = offices.get(community.streetOfficeId)!;
    const mine = holders.filter((h) => h.gridId === g.id);
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

export function allGrids({ db, t }: Q): Promise<GridRow[]> {
  return db.select().from(t.grids).where(t.activeGrid).orderBy(asc(t.grids.code));
}

/** A grid in force by id, or undefined (unknown or retired). */
export function activeGridById({ db, t }: Q, id: string): Promise<GridRow | undefined> {
  return first(db.select().from(t.grids).where(and(eq(t.grids.id, id), t.activeGrid)));
}

export function gridUnitsInfo({ db, t }: Q, gridId: string): Promise<UnitInfo[]> {
  return db
    .select({ id: t.units.id, name: t.units.name, lead: t.gridUnits.lead, contactName: t.units.contactName, contactPhone: t.units.contactPhone })
    .from(t.gridUnits)
    .innerJoin(t.units, eq(t.units.id, t.gridUnits.unitId))
    .where(eq(t.gridUnits.gridId, gridId))
    .orderBy(desc(t.gridUnits.lead), asc(t.units.id));
}

export async function gridPeople({ db, t }: Q, gridId: string): Promise<{ manager: PersonInfo | null; supervisors: PersonInfo[] }> {
  const rows = await db.select().from(t.people).where(eq(t.people.gridId, gridId)).orderBy(asc(t.people.id));
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
