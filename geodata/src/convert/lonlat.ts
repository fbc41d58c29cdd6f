import type { Position } from 'geojson';
import { CONVERT_ERRORS, ConvertError, type PolygonFeatures } from './types.ts';

function positions(fc: PolygonFeatures): Position[] {
  const out: Position[] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const rings of polys) for (const ring of rings) if (Array.isArray(ring)) out.push(...ring);
  }
  return out;
}

/**
 * A file whose every coordinate is outside longitude/latitude range is in a projected system
 * (metres): say so instead of letting it through as a heap of invalid grids. A few bad positions
 * are left to the coverage check, which reports those grids.
 */
export function requireLonLat(fc: PolygonFeatures, what: string): PolygonFeatures {
  const all = positions(fc).filter((p) => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number');
  if (all.length > 0 && all.every((p) => Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)) {
    const [x, y] = all[0];
    throw new ConvertError(
      CONVERT_ERRORS.unsupportedCrs,
      `${what}: coordinates such as (${x}, ${y}) are not longitude/latitude — the file is in a projected coordinate system; export it in WGS84 (EPSG:4326)`,
    );
  }
  return fc;
}
