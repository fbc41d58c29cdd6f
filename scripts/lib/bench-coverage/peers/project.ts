import type { FeatureCollection, Polygon } from 'geojson';
import { equalAreaProjection } from '@wangge/geodata';
import { DAFANG_LAT, DAFANG_LON } from '../plane.ts';

/**
 * Peers measure planar areas, so they get the data already in an equal-area plane (metres), done
 * before their clocks start: a head start, not a handicap.
 */
export function projectCollection(fc: FeatureCollection<Polygon>, extra: Record<string, unknown> = {}): FeatureCollection<Polygon> {
  const proj = equalAreaProjection(DAFANG_LON, DAFANG_LAT);
  const out = [0, 0];
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      properties: { ...f.properties, ...extra },
      geometry: {
        type: 'Polygon',
        coordinates: f.geometry.coordinates.map((r) =>
          r.map(([lon, lat]) => {
            proj.forward(lon, lat, out, 0);
            return [out[0], out[1]];
          }),
        ),
      },
    })),
  };
}
