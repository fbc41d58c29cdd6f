import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { pointInRing } from '../edit/plane.ts';

/** Whether a point lies in a polygon: inside or on its outer ring, and not strictly inside a hole. */
function inPolygon(p: readonly [number, number], rings: readonly (readonly number[][])[]): boolean {
  if (rings.length === 0 || pointInRing(p, rings[0].slice(0, -1)) < 0) return false;
  return rings.slice(1).every((hole) => pointInRing(p, hole.slice(0, -1)) <= 0);
}

/**
 * The first feature whose area holds a point (a point on a shared edge goes to the first listed):
 * what the server's own lookup answers, for a client that has the features but no connection.
 */
export function featureAt<F extends Feature<Polygon | MultiPolygon>>(features: readonly F[], lon: number, lat: number): F | null {
  const p = [lon, lat] as const;
  for (const f of features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    if (polygons.some((rings) => inPolygon(p, rings))) return f;
  }
  return null;
}
