import { and, asc, gte, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { containsPoint } from '@wangge/geodata';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Q } from './store.ts';
import type { Tables } from './tables.ts';

type Boxed = Tables['grids'] | Tables['communities'] | Tables['zones'];

/**
 * Rows whose geometry holds the point, boundary included, in `order`. SQLite prefilters on the
 * bounding-box columns, then tests the GeoJSON exactly; PostgreSQL asks PostGIS through the GiST
 * index of the generated geom column.
 */
export async function rowsContaining<T>(q: Q, table: Boxed, lon: number, lat: number, order: AnyColumn, scope?: SQL): Promise<T[]> {
  if (q.dialect === 'postgres') {
    const at = sql`ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)`;
    return (await q.db.select().from(table).where(and(sql`ST_Intersects(${table}.geom, ${at})`, scope)).orderBy(asc(order))) as unknown as T[];
  }
  const candidates = (await q.db
    .select()
    .from(table)
    .where(and(lte(table.minLon, lon), gte(table.maxLon, lon), lte(table.minLat, lat), gte(table.maxLat, lat), scope))
    .orderBy(asc(order))) as unknown as (T & { geometry: string })[];
  return candidates.filter((row) => containsPoint(JSON.parse(row.geometry) as Polygon | MultiPolygon, lon, lat));
}

/**
 * Points (lon, lat columns) inside a bounding box [w, s, e, n]: on PostgreSQL through the
 * generated point's GiST index, on SQLite through the (lon, lat) index.
 */
export function pointInBox(q: Q, table: Tables['problems'], [w, s, e, n]: readonly [number, number, number, number]): SQL {
  if (q.dialect === 'postgres') return sql`${table}.geom && ST_MakeEnvelope(${w}, ${s}, ${e}, ${n}, 4326)`;
  return and(gte(table.lon, w), lte(table.lon, e), gte(table.lat, s), lte(table.lat, n))!;
}
