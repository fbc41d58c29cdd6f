import type { MultiPolygon, Polygon } from 'geojson';
import { inspectGeometry } from '../coverage/validate.ts';
import { checkGridSize, MAX_EDGE_CROWDING } from './limits.ts';
import { sanitizePolygonal } from './sanitize.ts';

export const GRID_GEOMETRY_ERRORS = {
  badGeometry: 'bad_geometry',
  tooManyVertices: 'too_many_vertices',
  tooDense: 'too_dense',
} as const;
export type GridGeometryError = (typeof GRID_GEOMETRY_ERRORS)[keyof typeof GRID_GEOMETRY_ERRORS];

export type GridGeometryCheck =
  | { ok: true; geometry: Polygon | MultiPolygon }
  | { ok: false; code: GridGeometryError; message: string };

/**
 * Everything a grid's new geometry must pass before it is stored, cheapest first so that a huge
 * or malformed body costs little: a Polygon or MultiPolygon at all; at most MAX_GRID_VERTICES
 * (counted from ring lengths, before anything is copied or projected); only its known members,
 * as fresh arrays of [lon, lat]; then valid as the coverage check means it (closed rings, enough
 * positions, finite and in range, not swapped, simple, holes inside their shells); and edges not
 * packed so closely that checking the coverage would grow quadratic (MAX_EDGE_CROWDING). On
 * success the geometry is the sanitised copy — store that one, not the one received.
 */
export function checkGridGeometry(id: string, geometry: unknown): GridGeometryCheck {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object' || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) {
    return { ok: false, code: GRID_GEOMETRY_ERRORS.badGeometry, message: `grid ${id}: geometry must be a GeoJSON Polygon or MultiPolygon` };
  }
  const size = checkGridSize(id, geometry);
  if (!size.ok) return { ok: false, code: GRID_GEOMETRY_ERRORS.tooManyVertices, message: size.message };
  const clean = sanitizePolygonal(geometry);
  if (!clean.ok) return { ok: false, code: GRID_GEOMETRY_ERRORS.badGeometry, message: `grid ${id}: ${clean.message}` };
  const { issue, crowding } = inspectGeometry(clean.geometry);
  if (issue) {
    return { ok: false, code: GRID_GEOMETRY_ERRORS.badGeometry, message: `grid ${id}: invalid geometry (${issue.reason}${issue.at ? ` at ${issue.at.join(', ')}` : ''})` };
  }
  if (crowding > MAX_EDGE_CROWDING) {
    return {
      ok: false,
      code: GRID_GEOMETRY_ERRORS.tooDense,
      message: `grid ${id}: its edges are packed too closely (each lies near ${Math.round(crowding)} others on average, at most ${MAX_EDGE_CROWDING}); simplify its boundary`,
    };
  }
  return { ok: true, geometry: clean.geometry };
}
