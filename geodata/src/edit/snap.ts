import type { Position } from 'geojson';
import { Drafts } from './drafts.ts';
import { insertVertex } from './insert-vertex.ts';
import { planeAt, segmentDistance } from './plane.ts';
import { bboxesMeet, bboxOf, samePosition } from './rings.ts';
import { VERTEX_TOLERANCE_DEG, type EditFeature, type EditResult } from './types.ts';

export interface SnapOptions {
  /** how far to reach, in metres on the ground (see snapToleranceM for a pixel radius) */
  toleranceM: number;
  /** grids not to snap to (the one being drawn or dragged) */
  exclude?: readonly string[];
  /** a vertex being dragged: neither it nor the edges ending at it are snap targets */
  ignore?: Position;
  tolerance?: number;
}

export type Snap =
  | { kind: 'vertex'; position: Position; distanceM: number; grids: string[] }
  | { kind: 'edge'; position: Position; distanceM: number; edge: [Position, Position]; grids: string[] };

const EQUATOR_M = 40075016.686;

/** Metres on the ground under `pixels` screen pixels at a latitude and web-map zoom (512 px tiles, as MapLibre). */
export function snapToleranceM(pixels: number, lat: number, zoom: number, tileSize = 512): number {
  return (pixels * EQUATOR_M * Math.cos((lat * Math.PI) / 180)) / (tileSize * 2 ** zoom);
}

/**
 * The nearest vertex of the other grids within the tolerance, else the nearest point on one of
 * their edges; null when nothing is in reach. Vertices win over edges, as in every editor: a
 * point 2 px from a corner means the corner. An edge snap lies on the edge as the coverage check
 * sees it; pass it to insertSnapped so the neighbour gets the vertex too.
 */
export function snapPosition(grids: readonly EditFeature[], p: Position, options: SnapOptions): Snap | null {
  const tol = options.tolerance ?? VERTEX_TOLERANCE_DEG;
  const drafts = new Drafts(grids);
  const skip = new Set(options.exclude ?? []);
  const plane = planeAt(p);
  const at = plane.xy(p);
  const ignored = (q: Position) => options.ignore !== undefined && samePosition(q, options.ignore, tol);
  let vertex: { q: Position; d: number } | null = null;
  let edge: { a: Position; b: Position; t: number; d: number } | null = null;
  const reach = options.toleranceM;
  // A cheap cut in degrees before projecting: a degree is over 90 km both ways this side of 35°.
  const pad = (reach / 90_000) * (1 + 1 / Math.max(0.1, Math.cos((p[1] * Math.PI) / 180)));
  const box = [p[0] - pad, p[1] - pad, p[0] + pad, p[1] + pad];
  for (let g = 0; g < grids.length; g++) {
    if (skip.has(drafts.ids[g]) || !bboxesMeet(box, bboxOf(drafts.polys(g)))) continue;
    for (const rings of drafts.polys(g)) {
      for (const ring of rings) {
        const n = ring.length;
        const xy: ([number, number] | undefined)[] = new Array(n);
        const at2 = (i: number) => (xy[i] ??= plane.xy(ring[i]));
        for (let i = 0; i < n; i++) {
          const j = (i + 1) % n;
          const [a, b] = [ring[i], ring[j]];
          if (Math.min(a[0], b[0]) > box[2] || Math.max(a[0], b[0]) < box[0] || Math.min(a[1], b[1]) > box[3] || Math.max(a[1], b[1]) < box[1]) continue;
          const dv = Math.hypot(at2(i)[0] - at[0], at2(i)[1] - at[1]);
          if (dv <= reach && !ignored(a) && (!vertex || dv < vertex.d)) vertex = { q: a, d: dv };
          if (ignored(a) || ignored(b)) continue;
          const { d, t } = segmentDistance(at, at2(i), at2(j));
          if (d <= reach && (!edge || d < edge.d)) edge = { a, b, t, d };
        }
      }
    }
  }
  const others = (refs: { grid: number }[]) => [...new Set(refs.map((r) => drafts.ids[r.grid]))].filter((id) => !skip.has(id));
  if (vertex) return { kind: 'vertex', position: [vertex.q[0], vertex.q[1]], distanceM: vertex.d, grids: others(drafts.findVertex(vertex.q, tol)) };
  if (!edge) return null;
  const e = edge;
  const a = plane.xy(e.a);
  const b = plane.xy(e.b);
  const position = plane.lonLat(a[0] + e.t * (b[0] - a[0]), a[1] + e.t * (b[1] - a[1]));
  return { kind: 'edge', position, distanceM: e.d, edge: [e.a, e.b], grids: others(drafts.findEdge(e.a, e.b, tol)) };
}

/** The change that puts an edge snap's vertex into every grid with that edge (none for a vertex snap). */
export function insertSnapped<F extends EditFeature>(grids: readonly F[], snap: Snap): EditResult<F> {
  if (snap.kind === 'vertex') return { ok: true, change: { put: [], delete: [] } };
  return insertVertex(grids, snap.edge, snap.position);
}
