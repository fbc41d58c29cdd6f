import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { EditFeature } from './types.ts';

/** Polygons → rings → open rings (the closing position dropped). */
export type OpenPolygons = Position[][][];

export function samePosition(p: Position, q: Position, tol: number): boolean {
  return Math.abs(p[0] - q[0]) <= tol && Math.abs(p[1] - q[1]) <= tol;
}

function openRing(ring: Position[]): Position[] {
  const n = ring.length;
  return n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1] ? ring.slice(0, n - 1) : ring.slice();
}

/** A feature's polygons as open rings (new arrays; the positions themselves are shared). */
export function openPolygons(geometry: Polygon | MultiPolygon): OpenPolygons {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.map((rings) => rings.map(openRing));
}

function closeRing(ring: Position[]): Position[] {
  return [...ring, [...ring[0]]];
}

/** A geometry from open rings: a Polygon when there is one part, else a MultiPolygon. */
export function toGeometry(polys: OpenPolygons): Polygon | MultiPolygon {
  const coords = polys.map((rings) => rings.map(closeRing));
  return coords.length === 1 ? { type: 'Polygon', coordinates: coords[0] } : { type: 'MultiPolygon', coordinates: coords };
}

/** The same feature (id, properties, other members) with new geometry. */
export function withPolygons<F extends EditFeature>(feature: F, polys: OpenPolygons): F {
  return { ...feature, geometry: toGeometry(polys) };
}

/** Drops consecutive repeated positions (exactly equal), wrapping around. */
export function dedupeRing(ring: Position[]): Position[] {
  const out = ring.filter((p, i) => {
    const q = ring[(i + ring.length - 1) % ring.length];
    return ring.length === 1 || p[0] !== q[0] || p[1] !== q[1];
  });
  return out;
}

export function bboxOf(polys: OpenPolygons): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polys) {
    for (const ring of rings) {
      for (const p of ring) {
        if (p[0] < b[0]) b[0] = p[0];
        if (p[1] < b[1]) b[1] = p[1];
        if (p[0] > b[2]) b[2] = p[0];
        if (p[1] > b[3]) b[3] = p[1];
      }
    }
  }
  return b;
}

export function bboxesMeet(a: readonly number[], b: readonly number[], pad = 0): boolean {
  return a[0] - pad <= b[2] && b[0] - pad <= a[2] && a[1] - pad <= b[3] && b[1] - pad <= a[3];
}
