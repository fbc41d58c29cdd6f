import { asc, desc, eq, inArray } from 'drizzle-orm';
import { first } from '../db/query.ts';
import { rowsContaining } from '../db/spatial.ts';
import type { Q } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';

/** The grid holding a point. A point on a shared edge lies in both: the lower code wins, always the same. */
export async function gridAt(q: Q, lon: number, lat: number) {
  return (await rowsContaining<Tables['grids']['$inferSelect']>(q, q.t.grids, lon, lat, q.t.grids.code, q.t.activeGrid))[0] ?? null;
}

export async function communityAt(q: Q, lon: number, lat: number) {
  return (await rowsContaining<Tables['communities']['$inferSelect']>(q, q.t.communities, lon, lat, q.t.communities.code))[0] ?? null;
}

export function zonesAt(q: Q, lon: number, lat: number) {
  return rowsContaining<Tables['zones']['$inferSelect']>(q, q.t.zones, lon, lat, q.t.zones.id);
}

/** Each zone's departments (unit id and name), in the zone's order. */
export async function zoneDepartments({ db, t }: Q, zoneIds: string[]) {
  if (zoneIds.length === 0) return [];
  return db
    .select({ zoneId: t.zoneUnits.zoneId, id: t.units.id, name: t.units.name })
    .from(t.zoneUnits)
    .innerJoin(t.units, eq(t.units.id, t.zoneUnits.unitId))
    .where(inArray(t.zoneUnits.zoneId, zoneIds))
    .orderBy(asc(t.zoneUnits.zoneId), asc(t.zoneUnits.position));
}

export interface ProblemRoute {
  gridId: string | null;
  streetOfficeId: string | null;
  /** the grid's units, then every containing zone's departments, without repeats */
  unitIds: string[];
}

/** Who must fix a problem at this point: the grid's units plus the departments of every zone there. */
export async function routeProblem(q: Q, lon: number, lat: number): Promise<ProblemRoute> {
  const { db, t } = q;
  const grid = await gridAt(q, lon, lat);
  const unitIds: string[] = [];
  const add = (id: string) => {
    if (!unitIds.includes(id)) unitIds.push(id);
  };
  if (grid) {
    (await db.select().from(t.gridUnits).where(eq(t.gridUnits.gridId, grid.id)).orderBy(desc(t.gridUnits.lead), asc(t.gridUnits.unitId))).forEach((gu) => add(gu.unitId));
  }
  const zoneIds = (await zonesAt(q, lon, lat)).map((z) => z.id);
  (await zoneDepartments(q, zoneIds)).forEach((zu) => add(zu.id));
  const communityId = grid?.communityId ?? (await communityAt(q, lon, lat))?.id;
  const community = communityId ? await first(db.select().from(t.communities).where(eq(t.communities.id, communityId))) : undefined;
  const streetOfficeId = community?.streetOfficeId ?? null;
  return { gridId: grid?.id ?? null, streetOfficeId, unitIds };
}
