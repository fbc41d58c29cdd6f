import { checkCoverage } from '@wangge/geodata';
import type { MultiPolygon, Polygon } from 'geojson';
import { badRequest } from '../http/errors.ts';

/** A geometry a grid may take: a valid Polygon or MultiPolygon, or a 400 naming what is wrong. */
export function validGridGeometry(id: string, geometry: unknown): Polygon | MultiPolygon {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object' || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) {
    throw badRequest(`grid ${id}: geometry must be a GeoJSON Polygon or MultiPolygon`, 'bad_geometry');
  }
  const report = checkCoverage({ type: 'FeatureCollection', features: [{ type: 'Feature', id, properties: { id }, geometry: g as Polygon }] });
  const bad = report.invalid[0];
  if (bad) throw badRequest(`grid ${id}: invalid geometry (${bad.reason}${bad.at ? ` at ${bad.at.join(', ')}` : ''})`, 'bad_geometry');
  return g as Polygon | MultiPolygon;
}
