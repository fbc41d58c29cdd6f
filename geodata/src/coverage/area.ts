import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Projection } from './projection.ts';
import type { VertexStore } from './weld.ts';

/**
 * Signed area (m²) of a ring of vertex ids in the equal-area plane: positive counter-clockwise.
 * Coordinates are taken relative to the first vertex so large offsets cost no precision.
 */
export function ringAreaIds(store: VertexStore, ring: ArrayLike<number>): number {
  const { x, y } = store;
  const m = ring.length;
  if (m < 3) return 0;
  const ox = x[ring[0]], oy = y[ring[0]];
  let s = 0;
  for (let i = 0; i < m; i++) {
    const a = ring[i], b = ring[i + 1 === m ? 0 : i + 1];
    s += (x[a] - ox) * (y[b] - oy) - (x[b] - ox) * (y[a] - oy);
  }
  return s / 2;
}

/**
 * A vertex in WGS84: the input position it came from, or back through the projection for vertices
 * made by noding (remembered, so a shared one is the same in every piece that uses it).
 */
export function vertexLonLat(store: VertexStore, ll: Float64Array, proj: Projection): (v: number) => Position {
  const made = new Map<number, Position>();
  return (v) => {
    const i = store.src[v];
    if (i >= 0) return [ll[2 * i], ll[2 * i + 1]];
    let p = made.get(v);
    if (!p) made.set(v, (p = proj.inverse(store.x[v], store.y[v])));
    return [p[0], p[1]];
  };
}

/** Polygons of vertex-id rings (outer first) as GeoJSON, rings closed. */
export function toGeometry(lonLat: (v: number) => Position, polygons: number[][][]): Polygon | MultiPolygon {
  const coords = polygons.map((rings) =>
    rings.map((ring) => {
      const pts = ring.map(lonLat);
      pts.push([...pts[0]]);
      return pts;
    }),
  );
  return coords.length === 1 ? { type: 'Polygon', coordinates: coords[0] } : { type: 'MultiPolygon', coordinates: coords };
}

/** m² rounded to the millimetre² — more digits are noise, fewer would blur a 0.5 % check */
export function roundArea(a: number): number {
  return Math.round(a * 1000) / 1000;
}
