import type { AssessmentPointGeometry } from '@wangge/geodata';
import type { LonLat } from '../../state/url-state.ts';

/** Where to centre the map on a 点位: the point itself, or the mean of a polygon's outer ring (its closing vertex counted once). */
export function pointAt(geometry: AssessmentPointGeometry): LonLat {
  if (geometry.type === 'Point') return [geometry.coordinates[0], geometry.coordinates[1]];
  const ring = geometry.coordinates[0];
  const open = ring.length > 1 ? ring.slice(0, -1) : ring;
  const lon = open.reduce((s, p) => s + p[0], 0) / open.length;
  const lat = open.reduce((s, p) => s + p[1], 0) / open.length;
  return [lon, lat];
}
