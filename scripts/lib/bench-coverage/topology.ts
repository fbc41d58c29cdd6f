import { Delaunay } from 'd3-delaunay';
import { shoelace } from './plane.ts';

/**
 * A planar coverage with shared vertices: Voronoi cells of random seeds clipped to a convex town
 * boundary. Points are objects shared by identity between the cells that meet there, so building
 * GeoJSON from them gives neighbours bit-identical coordinates — a perfect coverage to spoil.
 */
export interface P {
  id: number;
  x: number;
  y: number;
  /** indexes of the boundary edges the point lies on */
  on: number[];
}

export interface Topology {
  points: P[];
  /** counter-clockwise corner rings */
  cells: P[][];
  /** counter-clockwise; includes every point where a cell edge meets it */
  boundary: P[];
}

export class PointPool {
  readonly points: P[] = [];
  make(x: number, y: number, on: number[] = []): P {
    const p = { id: this.points.length, x, y, on };
    this.points.push(p);
    return p;
  }
}

function convexHull(pts: [number, number][]): [number, number][] {
  const s = [...pts].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: number[], a: number[], b: number[]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const p of s) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: [number, number][] = [];
  for (const p of [...s].reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** A convex town outline of about π·radius², centred on the origin. */
export function townOutline(rnd: () => number, radius: number, corners = 28): [number, number][] {
  const pts: [number, number][] = [];
  for (let k = 0; k < corners; k++) {
    const a = ((k + (rnd() - 0.5) * 0.5) / corners) * 2 * Math.PI;
    const r = radius * (0.88 + 0.24 * rnd());
    pts.push([r * Math.cos(a), r * Math.sin(a)]);
  }
  return convexHull(pts);
}

export function buildTopology(rnd: () => number, n: number, outline: [number, number][]): Topology {
  const pool = new PointPool();
  const K = outline.length;
  const hull = outline.map(([x, y], k) => pool.make(x, y, [(k + K - 1) % K, k]));
  const xs = outline.map((p) => p[0]);
  const ys = outline.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const side = (k: number, x: number, y: number) => {
    const a = hull[k], b = hull[(k + 1) % K];
    return (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
  };
  const seeds: number[] = [];
  while (seeds.length < 2 * n) {
    const x = x0 + rnd() * (x1 - x0);
    const y = y0 + rnd() * (y1 - y0);
    let inside = true;
    for (let k = 0; k < K && inside; k++) inside = side(k, x, y) > 0;
    if (inside) seeds.push(x, y);
  }
  const pad = 0.2 * Math.max(x1 - x0, y1 - y0);
  const voronoi = new Delaunay(Float64Array.from(seeds)).voronoi([x0 - pad, y0 - pad, x1 + pad, y1 + pad]);
  const byXY = new Map<string, P>();
  const shared = (x: number, y: number) => {
    const key = `${x},${y}`;
    let p = byXY.get(key);
    if (!p) byXY.set(key, (p = pool.make(x, y)));
    return p;
  };
  // where a cell edge crosses boundary edge k: the same point for both cells along that edge
  const cuts = new Map<string, P>();
  const cut = (a: P, b: P, k: number): P => {
    const common = a.on.find((j) => b.on.includes(j));
    if (common !== undefined) {
      if (common === (k + K - 1) % K) return hull[k];
      if (common === (k + 1) % K) return hull[(k + 1) % K];
    }
    const [lo, hi] = a.id < b.id ? [a, b] : [b, a];
    const key = `${k}:${lo.id}:${hi.id}`;
    let p = cuts.get(key);
    if (!p) {
      const sl = side(k, lo.x, lo.y), sh = side(k, hi.x, hi.y);
      const t = sl / (sl - sh);
      p = pool.make(lo.x + t * (hi.x - lo.x), lo.y + t * (hi.y - lo.y), [k]);
      cuts.set(key, p);
    }
    return p;
  };
  const cells: P[][] = [];
  for (let i = 0; i < n; i++) {
    const poly = voronoi.cellPolygon(i);
    let ring: P[] = poly.slice(0, -1).map(([x, y]) => shared(x, y));
    if (shoelace(ring) < 0) ring.reverse();
    for (let k = 0; k < K && ring.length > 0; k++) {
      const inside = (p: P) => p.on.includes(k) || side(k, p.x, p.y) >= 0;
      const out: P[] = [];
      for (let j = 0; j < ring.length; j++) {
        const a = ring[(j + ring.length - 1) % ring.length];
        const b = ring[j];
        const ia = inside(a), ib = inside(b);
        if (ia !== ib) out.push(cut(a, b, k));
        if (ib) out.push(b);
      }
      ring = out.filter((p, j) => p !== out[(j + out.length - 1) % out.length]);
    }
    cells.push(ring);
  }
  // the boundary through every point that lies on it
  const onEdge: P[][] = hull.map(() => []);
  for (const ring of cells) for (const p of ring) for (const k of p.on) if (!onEdge[k].includes(p)) onEdge[k].push(p);
  const boundary: P[] = [];
  for (let k = 0; k < K; k++) {
    const a = hull[k], b = hull[(k + 1) % K];
    const dx = b.x - a.x, dy = b.y - a.y;
    const along = onEdge[k].filter((p) => p !== b).sort((p, q) => (p.x - a.x) * dx + (p.y - a.y) * dy - ((q.x - a.x) * dx + (q.y - a.y) * dy));
    if (along[0] !== a) along.unshift(a);
    boundary.push(...along);
  }
  return { points: pool.points, cells, boundary };
}
