/** MapLibre's tiles are 512 px wide at zoom 0. */
const TILE_SIZE = 512;

export type Projector = (lonLat: readonly [number, number]) => [number, number];

/**
 * Web Mercator from lon/lat to CSS pixels of a still, unrotated, unpitched map of the given size,
 * centre and zoom: what map.project() answers, kept after the map itself is gone.
 */
export function mercatorProjector(center: readonly [number, number], zoom: number, width: number, height: number): Projector {
  const world = TILE_SIZE * 2 ** zoom;
  const mx = (lon: number) => (lon + 180) / 360;
  const my = (lat: number) => {
    const s = Math.sin((lat * Math.PI) / 180);
    return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  };
  const [cx, cy] = [mx(center[0]), my(center[1])];
  return ([lon, lat]) => [(mx(lon) - cx) * world + width / 2, (my(lat) - cy) * world + height / 2];
}
