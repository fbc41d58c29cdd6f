import type { Welder } from './weld.ts';

export type Rect = [number, number, number, number];

/**
 * Sutherland–Hodgman: a ring of vertex ids clipped to an axis-aligned rectangle. Inside the
 * rectangle the result winds exactly as the ring did (for a concave ring it may run along the
 * rectangle's side and back; those runs cancel). New vertices are welded, so a neighbour clipped
 * across the same edge gets the same id.
 */
export function clipRingToRect(welder: Welder, ring: ArrayLike<number>, rect: Rect): number[] {
  const { x, y } = welder.store;
  let cur: number[] = Array.from(ring);
  for (let side = 0; side < 4 && cur.length > 0; side++) {
    const axis = side & 1 ? y : x;
    const value = rect[side]; // minx, miny, maxx, maxy
    const keepAbove = side < 2;
    const inside = (v: number) => (keepAbove ? axis[v] >= value : axis[v] <= value);
    const out: number[] = [];
    const m = cur.length;
    for (let i = 0; i < m; i++) {
      const a = cur[i === 0 ? m - 1 : i - 1];
      const b = cur[i];
      const ina = inside(a);
      const inb = inside(b);
      if (ina !== inb) {
        const t = (value - axis[a]) / (axis[b] - axis[a]);
        const px = side & 1 ? x[a] + t * (x[b] - x[a]) : value;
        const py = side & 1 ? value : y[a] + t * (y[b] - y[a]);
        const v = welder.weld(px, py);
        if (out[out.length - 1] !== v) out.push(v);
      }
      if (inb && out[out.length - 1] !== b) out.push(b);
    }
    while (out.length > 1 && out[0] === out[out.length - 1]) out.pop();
    cur = out;
  }
  return cur.length >= 3 ? cur : [];
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
