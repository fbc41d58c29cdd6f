import { and, asc, eq } from 'drizzle-orm';
import { checkCoverage, type CoverageReport, type CoverageResponse } from '@wangge/geodata';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { ofCounty } from '../db/county-scope.ts';
import type { Q } from '../db/store.ts';
import { responsibility } from './responsibility.ts';

export type GridShape = { id: string; communityId: string; geometry: Polygon | MultiPolygon };

function collection(items: { id: string; geometry: Polygon | MultiPolygon }[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: 'FeatureCollection', features: items.map((i): Feature<Polygon | MultiPolygon> => ({ type: 'Feature', id: i.id, properties: { id: i.id }, geometry: i.geometry })) };
}

/**
 * 横向到边 for a set of grids against the gridded communities, each grid held to its own
 * community (a grid spilling into the next community is reported as outside).
 */
export async function coverageOf(q: Q, grids: GridShape[]): Promise<CoverageReport> {
  const { db, t } = q;
  const communities = (await db.select({ id: t.communities.id, geometry: t.communities.geometry }).from(t.communities).where(and(eq(t.communities.gridded, true), ofCounty(q, t.communities.countyId))).orderBy(asc(t.communities.code))).map((c) => ({
    id: c.id,
    geometry: JSON.parse(c.geometry) as Polygon | MultiPolygon,
  }));
  return checkCoverage(collection(grids), collection(communities), { gridBoundary: new Map(grids.map((g) => [g.id, g.communityId])) });
}

export async function storedGridShapes(q: Q): Promise<GridShape[]> {
  const { db, t } = q;
  return (await db.select({ id: t.grids.id, communityId: t.grids.communityId, geometry: t.grids.geometry }).from(t.grids).where(and(t.activeGrid, ofCounty(q, t.grids.countyId))).orderBy(asc(t.grids.code))).map((g) => ({
    ...g,
    geometry: JSON.parse(g.geometry) as Polygon | MultiPolygon,
  }));
}

/** GET /api/coverage: the stored grids' coverage plus the responsibility chain (纵向到底). */
export async function storedCoverage(q: Q): Promise<CoverageResponse> {
  return { ...(await coverageOf(q, await storedGridShapes(q))), responsibility: await responsibility(q) };
}
