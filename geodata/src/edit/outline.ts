import type { MultiPolygon, Polygon } from 'geojson';
import { dissolve } from './dissolve.ts';
import { planeAt } from './plane.ts';
import { openPolygons, toGeometry } from './rings.ts';
import { NODE_TOLERANCE_M } from './types.ts';

/**
 * The outline of areas that tile a region edge to edge — a county from its communities: their
 * union, every shared edge dissolved, holes and separate parts kept. Null for no areas. Areas that
 * overlap instead of meeting along shared vertices are not merged (their edges do not cancel).
 */
export function outlineOf(areas: readonly (Polygon | MultiPolygon)[], toleranceM = NODE_TOLERANCE_M): Polygon | MultiPolygon | null {
  const inputs = areas.map((a) => ({ polys: openPolygons(a) })).filter((i) => i.polys.length > 0);
  if (inputs.length === 0) return null;
  if (inputs.length === 1) return toGeometry(inputs[0].polys);
  const { polygons } = dissolve(inputs, planeAt(inputs[0].polys[0][0][0]), toleranceM);
  return polygons.length ? toGeometry(polygons) : null;
}
