import type { Position } from 'geojson';
import { equalAreaProjection } from '../coverage/projection.ts';

/**
 * A local plane in metres: the coverage check's cylindrical equal-area projection. New vertices on
 * an edge (snap points, split crossings) are computed here, so they lie on the edge exactly as the
 * coverage check sees it — a point interpolated in degrees would sit up to 0.4 mm off a 200 m
 * diagonal edge and leave a sliver on an outline edge no neighbour shares.
 */
export interface Plane {
  xy(p: Position): [number, number];
  lonLat(x: number, y: number): Position;
}

export function planeAt(origin: Position): Plane {
  const proj = equalAreaProjection(origin[0], origin[1]);
  const out = [0, 0];
  return {
    xy(p) {
      proj.forward(p[0], p[1], out, 0);
      return [out[0], out[1]];
    },
    lonLat(x, y) {
      return proj.inverse(x, y);
    },
  };
}

export type XY = readonly [number, number] | number[];

/** > 0 when c is left of a→b */
export function orient(a: XY, b: XY, c: XY): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** Twice the signed area of an open ring: positive counter-clockwise. */
export function ringArea2(ring: readonly XY[]): number {
  let s = 0;
  const n = ring.length;
  if (n < 3) return 0;
  const [ox, oy] = ring[0];
  for (let i = 0; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    s += (a[0] - ox) * (b[1] - oy) - (b[0] - ox) * (a[1] - oy);
  }
  return s;
}

/** Distance from p to segment a–b and the parameter of the nearest point (0 at a, 1 at b). */
export function segmentDistance(p: XY, a: XY, b: XY): { d: number; t: number } {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return { d: Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]), t };
}

/** 1 inside, 0 on the ring (within tol), -1 outside — ray casting on an open ring. */
export function pointInRing(p: XY, ring: readonly XY[], tol = 1e-9): number {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (segmentDistance(p, a, b).d <= tol) return 0;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside ? 1 : -1;
}

/** Whether closed segments a–b and c–d share any point (collinear overlaps included). */
export function segmentsMeet(a: XY, b: XY, c: XY, d: XY): boolean {
  if (Math.max(a[0], b[0]) < Math.min(c[0], d[0]) || Math.max(c[0], d[0]) < Math.min(a[0], b[0])) return false;
  if (Math.max(a[1], b[1]) < Math.min(c[1], d[1]) || Math.max(c[1], d[1]) < Math.min(a[1], b[1])) return false;
  const o1 = Math.sign(orient(a, b, c));
  const o2 = Math.sign(orient(a, b, d));
  const o3 = Math.sign(orient(c, d, a));
  const o4 = Math.sign(orient(c, d, b));
  if (o1 !== o2 && o3 !== o4) return true;
  const within = (p: XY, q: XY, r: XY) =>
    Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  return (o1 === 0 && within(a, b, c)) || (o2 === 0 && within(a, b, d)) || (o3 === 0 && within(c, d, a)) || (o4 === 0 && within(c, d, b));
}

/** Where lines a–b and c–d cross: parameters s on a–b and t on c–d, or null when parallel. */
export function lineIntersection(a: XY, b: XY, c: XY, d: XY): { s: number; t: number } | null {
  const rx = b[0] - a[0], ry = b[1] - a[1];
  const sx = d[0] - c[0], sy = d[1] - c[1];
  const den = rx * sy - ry * sx;
  if (den === 0) return null;
  const qx = c[0] - a[0], qy = c[1] - a[1];
  return { s: (qx * sy - qy * sx) / den, t: (qx * ry - qy * rx) / den };
}
