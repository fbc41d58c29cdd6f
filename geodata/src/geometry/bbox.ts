import type { Geometry } from 'geojson';

export type BBox = [west: number, south: number, east: number, north: number];

/** Bounding box of any geometry's positions; [Infinity, Infinity, -Infinity, -Infinity] when empty. */
export function geometryBBox(geometry: Geometry): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (coords: unknown): void => {
    if (typeof (coords as number[])[0] === 'number') {
      const [x, y] = coords as number[];
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
      return;
    }
    for (const c of coords as unknown[]) visit(c);
  };
  if (geometry.type === 'GeometryCollection') for (const g of geometry.geometries) extend(box, geometryBBox(g));
  else visit(geometry.coordinates);
  return box;
}

export function extend(box: BBox, other: BBox): BBox {
  box[0] = Math.min(box[0], other[0]);
  box[1] = Math.min(box[1], other[1]);
  box[2] = Math.max(box[2], other[2]);
  box[3] = Math.max(box[3], other[3]);
  return box;
}

export function bboxContains(box: BBox, lon: number, lat: number): boolean {
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}
