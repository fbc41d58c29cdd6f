import { asc, eq } from 'drizzle-orm';
import { checkCoverage, type CoverageReport, type CoverageResponse } from '@wangge/geodata';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { responsibility } from './responsibility.ts';

type GridShape = { id: string; communityId: string; geometry: Polygon | MultiPolygon };

function collection(items: { id: string; geometry: Polygon | MultiPolygon }[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: 'FeatureCollection', features: items.map((i): Feature<Polygon | MultiPolygon> => ({ type: 'Feature', id: i.id, properties: { id: i.id }, geometry: i.geometry })) };
}

/**
 * 横向到边 for a set of grids against the gridded communities, each grid held to its own
 * community (a grid spilling into the next community is reported as outside).
 */
export function coverageOf(db: Db, grids: GridShape[]): CoverageReport {
  const communities = db
    .select({ id: t.communities.id, geometry: t.communities.geometry })
    .from(t.communities)
    .where(eq(t.communities.gridded, true))
    .orderBy(asc(t.communities.code))
    .all()
    .map((c) => ({ id: c.id, geometry: JSON.parse(c.geometry) as Polygon | MultiPolygon }));
  return checkCoverage(collection(grids), collection(communities), { gridBoundary: new Map(grids.map((g) => [g.id, g.communityId])) });
}

export function storedGridShapes(db: Db): GridShape[] {
  return db
    .select({ id: t.grids.id, communityId: t.grids.communityId, geometry: t.grids.geometry })
    .from(t.grids)
    .where(t.activeGrid)
    .orderBy(asc(t.grids.code))
    .all()
    .map((g) => ({ ...g, geometry: JSON.parse(g.geometry) }));
}

/** GET /api/coverage: the stored grids' coverage plus the responsibility chain (纵向到底). */
export function storedCoverage(db: Db): CoverageResponse {
  return { ...coverageOf(db, storedGridShapes(db)), responsibility: responsibility(db) };
}
