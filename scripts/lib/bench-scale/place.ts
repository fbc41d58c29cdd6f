import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geometryBBox } from '@wangge/geodata';
import { containsPoint } from '@wangge/geodata/locate/point-in';

/** A seeded pseudo-random source in [0, 1) (mulberry32): the same seed, the same city. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
