import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';

/**
 * True when the point lies inside the polygon or on its boundary. A point on a shared edge belongs
 * to both neighbours; callers that need one answer pick deterministically (e.g. by code).
 */
export function containsPoint(geometry: Polygon | MultiPolygon, lon: number, lat: number): boolean {
  return booleanPointInPolygon([lon, lat], geometry);
}
