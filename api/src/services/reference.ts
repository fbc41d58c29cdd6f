import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { extend, type AreasResponse, type BBox, type CommunitiesResponse, type UnitsResponse, type ZonesResponse } from '@wangge/geodata';
import { ofCounty } from '../db/county-scope.ts';
import { first } from '../db/query.ts';
import type { Q } from '../db/store.ts';
import { settingsCounty } from './county-settings.ts';

/** Read-only reference data: counts for health, the county's name and extent, communities, zones, units, 片区. */
export async function activeGridCount({ db, t }: Q): Promise<number> {
  return (await first(db.select({ n: count() }).from(t.grids).where(t.activeGrid)))?.n ?? 0;
}

/** The county a handle works in (or the deployment's first); empty names before any is loaded. */
export async function countyMeta(q: Q): Promise<{ id: string; code: string; name: string }> {
  const id = await settingsCounty(q);
  const row = id === null ? undefined : await first(q.db.select().from(q.t.counties).where(eq(q.t.counties.id, id)));
  return row ? { id: row.id, code: row.code, name: row.name } : { id: '', code: '', name: '' };
}

/** The bounding box of the county's communities: its extent. */
export async function communitiesBBox(q: Q): Promise<BBox> {
  const { db, t } = q;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of await db.select({ minLon: t.communities.minLon, minLat: t.communities.minLat, maxLon: t.communities.maxLon, maxLat: t.communities.maxLat }).from(t.communities).where(ofCounty(q, t.communities.countyId))) {
    extend(box, [r.minLon, r.minLat, r.maxLon, r.maxLat]);
  }
  return box;
}

export async function communitiesCollection(q: Q): Promise<CommunitiesResponse> {
  const { db, t } = q;
  const offices = new Map((await db.select().from(t.streetOffices).where(ofCounty(q, t.streetOffices.countyId))).map((s) => [s.id, s.name]));
  const rows = await db.select().from(t.communities).where(ofCounty(q, t.communities.countyId)).orderBy(asc(t.communities.code));
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

export async function zonesCollection(q: Q): Promise<ZonesResponse> {
  const { db, t } = q;
  const departments = await db
    .select({ zoneId: t.zoneUnits.zoneId, unitId: t.units.id, unitName: t.units.name })
    .from(t.zoneUnits)
    .innerJoin(t.units, eq(t.units.id, t.zoneUnits.unitId))
    .where(ofCounty(q, t.units.countyId))
    .orderBy(asc(t.zoneUnits.position));
  const rows = await db.select().from(t.zones).where(ofCounty(q, t.zones.countyId)).orderBy(asc(t.zones.id));
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

// every unit in service (not those merged away) and 片区, not only those holding a grid: a planner gives a grid any of them
export function unitList(q: Q): Promise<UnitsResponse> {
  const { db, t } = q;
  return db
    .select({ id: t.units.id, name: t.units.name, contactName: t.units.contactName, contactPhone: t.units.contactPhone })
    .from(t.units)
    .where(and(ofCounty(q, t.units.countyId), isNull(t.units.retiredAt)))
    .orderBy(asc(t.units.name));
}

export function areaList(q: Q): Promise<AreasResponse> {
  const { db, t } = q;
  return db
    .select({ id: t.areas.id, name: t.areas.name, leaderTitle: t.areas.leaderTitle, leaderPhone: t.areas.leaderPhone })
    .from(t.areas)
    .where(ofCounty(q, t.areas.countyId))
    .orderBy(asc(t.areas.id));
}
