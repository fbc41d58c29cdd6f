import { asc, eq } from 'drizzle-orm';
import { checkCoverage, type CoverageReport, type CoverageResponse } from '@wangge/geodata';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
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
export async function coverageOf({ db, t }: Q, grids: GridShape[]): Promise<CoverageReport> {
  const communities = (await db.select({ id: t.communities.id, geometry: t.communities.geometry }).from(t.communities).where(eq(t.communities.gridded, true)).orderBy(asc(t.communities.code))).map((c) => ({
    id: c.id,
    geometry: JSON.parse(c.geometry) as Polygon | MultiPolygon,
  }));
  return checkCoverage(collection(grids), collection(communities), { gridBoundary: new Map(grids.map((g) => [g.id, g.communityId])) });
}

export async function storedGridShapes({ db, t }: Q): Promise<GridShape[]> {
  return (await db.select({ id: t.grids.id, communityId: t.grids.communityId, geometry: t.grids.geometry }).from(t.grids).where(t.activeGrid).orderBy(asc(t.grids.code))).map((g) => ({
    ...g,
    geometry: JSON.parse(g.geometry) as Polygon | MultiPolygon,
  }));
}

/** GET /api/coverage: the stored grids' coverage plus the responsibility chain (纵向到底). */
export async function storedCoverage(q: Q): Promise<CoverageResponse> {
  return { ...(await coverageOf(q, await storedGridShapes(q))), responsibility: await responsibility(q) };
}
