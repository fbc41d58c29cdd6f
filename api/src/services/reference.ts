import { asc, count, eq } from 'drizzle-orm';
import { extend, type AreasResponse, type BBox, type CommunitiesResponse, type UnitsResponse, type ZonesResponse } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q } from '../db/store.ts';

/** Read-only reference data: counts for health, the county's name and extent, communities, zones, units, 片区. */
export async function activeGridCount({ db, t }: Q): Promise<number> {
  return (await first(db.select({ n: count() }).from(t.grids).where(t.activeGrid)))?.n ?? 0;
}

export async function countyMeta({ db, t }: Q): Promise<{ code: string; name: string }> {
  const row = await first(db.select().from(t.meta).where(eq(t.meta.key, 'county')));
  return JSON.parse(row?.value ?? '{"code":"","name":""}') as { code: string; name: string };
}

/** The bounding box of every community: the county's extent. */
export async function communitiesBBox({ db, t }: Q): Promise<BBox> {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of await db.select({ minLon: t.communities.minLon, minLat: t.communities.minLat, maxLon: t.communities.maxLon, maxLat: t.communities.maxLat }).from(t.communities)) {
    extend(box, [r.minLon, r.minLat, r.maxLon, r.maxLat]);
  }
  return box;
}

export async function communitiesCollection({ db, t }: Q): Promise<CommunitiesResponse> {
  const offices = new Map((await db.select().from(t.streetOffices)).map((s) => [s.id, s.name]));
  const rows = await db.select().from(t.communities).orderBy(asc(t.communities.code));
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.id,
      geometry: JSON.parse(r.geometry),
      properties: {
        id: r.id,
        code: r.code,
        name: r.name,
        streetOfficeId: r.streetOfficeId,
        streetOfficeName: offices.get(r.streetOfficeId) ?? '',
        streetOfficeGuessed: r.streetOfficeGuessed,
        gridded: r.gridded,
      },
    })),
  };
}

export async function zonesCollection({ db, t }: Q): Promise<ZonesResponse> {
  const departments = await db
    .select({ zoneId: t.zoneUnits.zoneId, unitId: t.units.id, unitName: t.units.name })
    .from(t.zoneUnits)
    .innerJoin(t.units, eq(t.units.id, t.zoneUnits.unitId))
    .orderBy(asc(t.zoneUnits.position));
  const rows = await db.select().from(t.zones).orderBy(asc(t.zones.id));
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => {
      const mine = departments.filter((d) => d.zoneId === r.id);
      return {
        type: 'Feature',
        id: r.id,
        geometry: JSON.parse(r.geometry),
        properties: { id: r.id, name: r.name, kind: r.kind as never, unitIds: mine.map((d) => d.unitId), unitNames: mine.map((d) => d.unitName) },
      };
    }),
  };
}

// every unit and 片区, not only those holding a grid: a planner gives a grid any of them
export function unitList({ db, t }: Q): Promise<UnitsResponse> {
  return db.select({ id: t.units.id, name: t.units.name, contactName: t.units.contactName, contactPhone: t.units.contactPhone }).from(t.units).orderBy(asc(t.units.name));
}

export function areaList({ db, t }: Q): Promise<AreasResponse> {
  return db.select().from(t.areas).orderBy(asc(t.areas.id));
}
