import { asc, desc, eq } from 'drizzle-orm';
import type { AreaInfo, GridApiProps, PersonInfo, UnitInfo } from '@wangge/geodata';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';

type GridRow = typeof t.grids.$inferSelect;

/** The API properties of grids: joined names and holding units, ordered by code. */
export function gridProps(db: Db, rows: GridRow[]): GridApiProps[] {
  const communities = new Map(db.select().from(t.communities).all().map((c) => [c.id, c]));
  const offices = new Map(db.select().from(t.streetOffices).all().map((s) => [s.id, s]));
  const areas = new Map(db.select().from(t.areas).all().map((a) => [a.id, a]));
  const holders = db
    .select({ gridId: t.gridUnits.gridId, unitId: t.units.id, unitName: t.units.name })
    .from(t.gridUnits)
    .innerJoin(t.units, eq(t.units.id, t.gridUnits.unitId))
    .orderBy(desc(t.gridUnits.lead), asc(t.units.id))
    .all();
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

export function allGrids(db: Db): GridRow[] {
  return db.select().from(t.grids).where(t.activeGrid).orderBy(asc(t.grids.code)).all();
}

export function gridUnitsInfo(db: Db, gridId: string): UnitInfo[] {
  return db
    .select({ id: t.units.id, name: t.units.name, lead: t.gridUnits.lead, contactName: t.units.contactName, contactPhone: t.units.contactPhone })
    .from(t.gridUnits)
    .innerJoin(t.units, eq(t.units.id, t.gridUnits.unitId))
    .where(eq(t.gridUnits.gridId, gridId))
    .orderBy(desc(t.gridUnits.lead), asc(t.units.id))
    .all();
}

export function gridPeople(db: Db, gridId: string): { manager: PersonInfo | null; supervisors: PersonInfo[] } {
  const rows = db.select().from(t.people).where(eq(t.people.gridId, gridId)).orderBy(asc(t.people.id)).all();
  const info = (p: (typeof rows)[number]): PersonInfo => ({ id: p.id, name: p.name, phone: p.phone });
  const manager = rows.find((p) => p.role === 'manager');
  return { manager: manager ? info(manager) : null, supervisors: rows.filter((p) => p.role === 'supervisor').map(info) };
}

export function areaInfo(db: Db, areaId: string): AreaInfo | null {
  return db.select().from(t.areas).where(eq(t.areas.id, areaId)).get() ?? null;
}

export function communityInfo(db: Db, communityId: string) {
  const c = db.select().from(t.communities).where(eq(t.communities.id, communityId)).get();
  if (!c) return null;
  const so = db.select().from(t.streetOffices).where(eq(t.streetOffices.id, c.streetOfficeId)).get()!;
  return { community: { id: c.id, code: c.code, name: c.name }, streetOffice: { id: so.id, code: so.code, name: so.name } };
}
