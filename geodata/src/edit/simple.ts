import type { Position } from 'geojson';
import { orient, segmentsMeet, type Plane, type XY } from './plane.ts';
import type { OpenPolygons } from './rings.ts';

/**
 * Simplicity of polygons after an edit. Edges of one ring may meet only where they are neighbours,
 * and then only at their shared vertex (no spike folding back); edges of different rings of a
 * polygon may not cross. `only` limits the check to edges with an end it accepts, which is all a
 * vertex move can break — that keeps a drag on Dafang's grids far under a millisecond.
 */
export function findSelfIntersection(polys: OpenPolygons, plane: Plane, only?: (p: Position) => boolean): Position | null {
  for (const rings of polys) {
    const xy = rings.map((r) => r.map((p) => plane.xy(p)));
    for (let r = 0; r < rings.length; r++) {
      const ring = rings[r];
      const n = ring.length;
      if (n < 3) return ring[0] ?? null;
      for (let i = 0; i < n; i++) {
        const i1 = (i + 1) % n;
        if (only && !only(ring[i]) && !only(ring[i1])) continue;
        const a = xy[r][i];
        const b = xy[r][i1];
        if (a[0] === b[0] && a[1] === b[1]) return ring[i];
        for (let s = 0; s < rings.length; s++) {
          const m = rings[s].length;
          for (let j = 0; j < m; j++) {
            if (s === r && j === i) continue;
            const j1 = (j + 1) % m;
            const c = xy[s][j];
            const d = xy[s][j1];
            if (s === r && (j1 === i || j === i1)) {
              if (folds(a, b, c, d, j1 === i)) return ring[i];
              continue;
            }
            if (s !== r ? crosses(a, b, c, d) : segmentsMeet(a, b, c, d)) return ring[i];
          }
        }
      }
    }
  }
  return null;
}

/** Neighbouring edges a→b and c→d (c→d ends at a when `before`) fold back onto each other. */
function folds(a: XY, b: XY, c: XY, d: XY, before: boolean): boolean {
  const [p, q, r] = before ? [c, a, b] : [a, b, d];
  if (orient(p, q, r) !== 0) return false;
  return (q[0] - p[0]) * (r[0] - q[0]) + (q[1] - p[1]) * (r[1] - q[1]) < 0;
}

/** Proper crossing: rings of one polygon may touch at a point, never cross. */
function crosses(a: XY, b: XY, c: XY, d: XY): boolean {
  const o1 = Math.sign(orient(a, b, c));
  const o2 = Math.sign(orient(a, b, d));
  const o3 = Math.sign(orient(c, d, a));
  const o4 = Math.sign(orient(c, d, b));
  return o1 * o2 < 0 && o3 * o4 < 0;
}
