import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geometryBBox } from '@wangge/geodata';
import { containsPoint } from '@wangge/geodata/locate/point-in';

/** A point strictly inside the grid: drawn in its bbox until one falls inside (grids are compact, a few draws do). */
export function pointInGrid(grid: Feature<Polygon | MultiPolygon>, random: () => number): [number, number] {
  const [w, s, e, n] = geometryBBox(grid.geometry);
  for (let i = 0; i < 1000; i++) {
    const lon = w + random() * (e - w);
    const lat = s + random() * (n - s);
    if (containsPoint(grid.geometry, lon, lat)) return [lon, lat];
  }
  throw new Error(`no point found inside grid ${String(grid.properties && (grid.properties as { id?: string }).id)}`);
}
