import { and, asc, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { containsPoint } from '@wangge/geodata';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';

type Boxed = typeof t.grids | typeof t.communities | typeof t.zones;

/** Rows whose bounding box holds the point (index-friendly prefilter), then the exact test. */
function rowsContaining<T extends { geometry: string }>(db: Db, table: Boxed, lon: number, lat: number, order: Parameters<typeof asc>[0], scope?: SQL): T[] {
  const candidates = db
    .select()
    .from(table)
    .where(and(lte(table.minLon, lon), gte(table.maxLon, lon), lte(table.minLat, lat), gte(table.maxLat, lat), scope))
    .orderBy(asc(order))
    .all() as unknown as T[];
  return candidates.filter((row) => containsPoint(JSON.parse(row.geometry) as Polygon | MultiPolygon, lon, lat));
}

/** The grid holding a point. A point on a shared edge lies in both: the lower code wins, always the same. */
export function gridAt(db: Db, lon: number, lat: number) {
  return rowsContaining<typeof t.grids.$inferSelect>(db, t.grids, lon, lat, t.grids.code, t.activeGrid)[0] ?? null;
}

export function communityAt(db: Db, lon: number, lat: number) {
  return rowsContaining<typeof t.communities.$inferSelect>(db, t.communities, lon, lat, t.communities.code)[0] ?? null;
}

export function zonesAt(db: Db, lon: number, lat: number) {
  return rowsContaining<typeof t.zones.$inferSelect>(db, t.zones, lon, lat, t.zones.id);
}

export interface ProblemRoute {
  gridId: string | null;
  streetOfficeId: string | null;
  /** the grid's units, then every containing zone's departments, without repeats */
  unitIds: string[];
}

/** Who must fix a problem at this point: the grid's units plus the departments of every zone there. */
export function routeProblem(db: Db, lon: number, lat: number): ProblemRoute {
  const grid = gridAt(db, lon, lat);
  const unitIds: string[] = [];
  const add = (id: string) => {
    if (!unitIds.includes(id)) unitIds.push(id);
  };
  if (grid) {
    db.select().from(t.gridUnits).where(eq(t.gridUnits.gridId, grid.id)).orderBy(desc(t.gridUnits.lead), asc(t.gridUnits.unitId)).all().forEach((gu) => add(gu.unitId));
  }
  const zoneIds = zonesAt(db, lon, lat).map((z) => z.id);
  if (zoneIds.length > 0) {
    db.select().from(t.zoneUnits).where(inArray(t.zoneUnits.zoneId, zoneIds)).orderBy(asc(t.zoneUnits.zoneId), asc(t.zoneUnits.position)).all().forEach((zu) => add(zu.unitId));
  }
  const communityId = grid?.communityId ?? communityAt(db, lon, lat)?.id;
  const community = communityId ? db.select().from(t.communities).where(eq(t.communities.id, communityId)).get() : undefined;
  const streetOfficeId = community?.streetOfficeId ?? null;
  return { gridId: grid?.id ?? null, streetOfficeId, unitIds };
}
