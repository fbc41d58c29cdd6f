import { ringArea2, type Plane } from './plane.ts';
import type { OpenPolygons } from './rings.ts';

/** Area in m² of polygons in the local equal-area plane (shells minus holes, whatever their winding). */
export function areaM2(polys: OpenPolygons, plane: Plane): number {
  let s = 0;
  for (const rings of polys) {
    rings.forEach((ring, k) => {
      const a = Math.abs(ringArea2(ring.map((p) => plane.xy(p)))) / 2;
      s += k === 0 ? a : -a;
    });
  }
  return s;
}
