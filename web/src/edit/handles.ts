import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { geometryBBox } from '@wangge/geodata';
import type { EditGrid } from './types.ts';

/** Where a handle sits in the selected grid's rings: polygon, ring, vertex index (an edge starts there). */
export interface HandleRef {
  kind: 'vertex' | 'mid';
  p: number;
  r: number;
  i: number;
}

export type HandleProps = HandleRef & { shared: number; picked: boolean };

const key = (q: Position) => `${q[0]},${q[1]}`;
const polygonsOf = (g: EditGrid) => (g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates);

/** The open ring a handle belongs to (the closing position dropped). */
export function ringOf(grid: EditGrid, ref: HandleRef): Position[] {
  return polygonsOf(grid)[ref.p][ref.r].slice(0, -1);
}

/** The edge a midpoint handle sits on. */
export function edgeOf(grid: EditGrid, ref: HandleRef): [Position, Position] {
  const ring = ringOf(grid, ref);
  return [ring[ref.i], ring[(ref.i + 1) % ring.length]];
}

/**
 * Vertex and edge-midpoint handles of the selected grid. Each vertex says how many grids have it
 * (a shared one moves in all of them); the picked vertex is marked for deletion.
 */
export function handlesFor(grid: EditGrid | undefined, all: readonly EditGrid[], picked: Position | null): FeatureCollection<Point, HandleProps> {
  const features: Feature<Point, HandleProps>[] = [];
  if (!grid) return { type: 'FeatureCollection', features };
  const box = geometryBBox(grid.geometry);
  const counts = new Map<string, number>();
  for (const g of all) {
    const b = geometryBBox(g.geometry);
    if (b[0] > box[2] || b[2] < box[0] || b[1] > box[3] || b[3] < box[1]) continue;
    const seen = new Set<string>();
    for (const rings of polygonsOf(g)) for (const ring of rings) for (const q of ring) seen.add(key(q));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const pickedKey = picked ? key(picked) : null;
  polygonsOf(grid).forEach((rings, p) =>
    rings.forEach((closed, r) => {
      const ring = closed.slice(0, -1);
      ring.forEach((q, i) => {
        const next = ring[(i + 1) % ring.length];
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [(q[0] + next[0]) / 2, (q[1] + next[1]) / 2] },
          properties: { kind: 'mid', p, r, i, shared: 0, picked: false },
        });
      });
      ring.forEach((q, i) => {
        const k = key(q);
        features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [q[0], q[1]] }, properties: { kind: 'vertex', p, r, i, shared: counts.get(k) ?? 1, picked: k === pickedKey } });
      });
    }),
  );
  return { type: 'FeatureCollection', features };
}
