import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Sanitized = { ok: true; geometry: Polygon | MultiPolygon } | { ok: false; message: string };

/**
 * A fresh Polygon or MultiPolygon holding only `type` and `coordinates`, built from the numbers
 * of the one given: every other member (`bbox`, `crs`, `properties`, a 10 MB `note`) is left
 * behind, so what is stored and served is the shape and nothing a client smuggled in with it.
 *
 * A position must be 2 or 3 numbers. A third (an altitude, which RFC 7946 allows and GPS and
 * survey exports write) is dropped: the app is two-dimensional and refusing it would refuse
 * honest files. Four or more are refused, as RFC 7946 leaves their meaning undefined. Geometric
 * validity (closed rings, enough positions, finite, in range, simple) is not judged here.
 */
export function sanitizePolygonal(geometry: unknown): Sanitized {
  if (!isObject(geometry)) return fail('geometry must be a GeoJSON object');
  const { type, coordinates } = geometry;
  if (type !== 'Polygon' && type !== 'MultiPolygon') return fail(`geometry must be a Polygon or MultiPolygon, not ${describe(type)}`);
  if (!Array.isArray(coordinates)) return fail(`${type} coordinates must be an array`);
  if (type === 'Polygon') {
    const rings = polygonRings(coordinates, 'coordinates');
    return typeof rings === 'string' ? fail(rings) : { ok: true, geometry: { type, coordinates: rings } };
  }
  const polygons: Position[][][] = [];
  for (let p = 0; p < coordinates.length; p++) {
    const rings = polygonRings(coordinates[p], `coordinates[${p}]`);
    if (typeof rings === 'string') return fail(rings);
    polygons.push(rings);
  }
  return { ok: true, geometry: { type, coordinates: polygons } };
}

/** The polygon's rings as fresh arrays of 2-number positions, or a message naming the bad place. */
function polygonRings(poly: unknown, where: string): Position[][] | string {
  if (!Array.isArray(poly)) return `${where} must be an array of rings`;
  const rings: Position[][] = [];
  for (let r = 0; r < poly.length; r++) {
    const ring = poly[r];
    if (!Array.isArray(ring)) return `${where}[${r}] must be an array of positions`;
    const out: Position[] = new Array(ring.length);
    for (let i = 0; i < ring.length; i++) {
      const p = ring[i];
      if (!Array.isArray(p) || p.length < 2 || p.length > 3 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || (p.length === 3 && typeof p[2] !== 'number')) {
        return `${where}[${r}][${i}] must be a position of 2 numbers [longitude, latitude] (a third, an altitude, is allowed and dropped)`;
      }
      out[i] = [p[0], p[1]];
    }
    rings.push(out);
  }
  return rings;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : v === undefined ? 'no type' : typeof v;
}

const fail = (message: string): Sanitized => ({ ok: false, message });
