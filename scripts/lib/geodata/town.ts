/**
 * A made-up but plausible small-town fabric: blocks as Lloyd-relaxed Voronoi cells, smaller in
 * the centre than at the edge, kept where they fall inside an irregular town outline.
 */
import { Delaunay } from 'd3-delaunay';
import { between, type Rng } from '@wangge/geodata/synthetic/prng';
import { centroid, dist, signedArea, type CellGraph, type XY } from './planar.ts';

export interface TownShape {
  /** semi-axes of the underlying ellipse, metres */
  rx: number;
  ry: number;
  /** rotation of the ellipse, radians counter-clockwise from east */
  rotation: number;
  /** relative amplitude of each harmonic wobble, from k = 2 up */
  wobble: number[];
}

export interface Outline {
  contains(p: XY): boolean;
  /** 0 at the centre, 1 on the outline */
  depth(p: XY): number;
}

export function makeOutline(rng: Rng, shape: TownShape): Outline {
  const phases = shape.wobble.map(() => between(rng, 0, 2 * Math.PI));
  const radius = (theta: number): number => {
    const t = theta - shape.rotation;
    const base = (shape.rx * shape.ry) / Math.hypot(shape.ry * Math.cos(t), shape.rx * Math.sin(t));
    let f = 1;
    shape.wobble.forEach((a, i) => (f += a * Math.cos((i + 2) * theta + phases[i])));
    return base * f;
  };
  const depth = (p: XY): number => Math.hypot(p[0], p[1]) / radius(Math.atan2(p[1], p[0]));
  return { depth, contains: (p) => depth(p) < 1 };
}

export interface FabricOptions {
  /** half-width and half-height of the area sites are scattered over (beyond the town) */
  halfX: number;
  halfY: number;
  /** minimum site spacing at the centre, at the outline, and outside the town */
  spacingCentre: number;
  spacingEdge: number;
  spacingOutside: number;
  lloydIterations: number;
  /** Voronoi edges shorter than this are collapsed to a point: they would only be noise */
  minEdge: number;
}

function scatter(rng: Rng, outline: Outline, o: FabricOptions): XY[] {
  const spacing = (p: XY): number => {
    const d = outline.depth(p);
    return d >= 1 ? o.spacingOutside : o.spacingCentre + (o.spacingEdge - o.spacingCentre) * d;
  };
  const sites: XY[] = [];
  let misses = 0;
  // Dart throwing: slow in theory, instant for a few hundred sites, and easy to read.
  while (misses < 4000) {
    const p: XY = [between(rng, -o.halfX, o.halfX), between(rng, -o.halfY, o.halfY)];
    const r = spacing(p);
    if (sites.some((q) => dist(p, q) < Math.min(r, spacing(q)))) {
      misses++;
      continue;
    }
    sites.push(p);
    misses = 0;
  }
  return sites;
}

export function buildFabric(rng: Rng, outline: Outline, o: FabricOptions): CellGraph {
  let sites = scatter(rng, outline, o);
  const bounds: [number, number, number, number] = [-o.halfX, -o.halfY, o.halfX, o.halfY];
  for (let i = 0; i < o.lloydIterations; i++) {
    const voronoi = Delaunay.from(sites).voronoi(bounds);
    sites = sites.map((_, k) => centroid(openRing(voronoi.cellPolygon(k) as XY[])));
  }
  const voronoi = Delaunay.from(sites).voronoi(bounds);
  const inside = sites.map((p, k) => [p, k] as const).filter(([p]) => outline.contains(p));

  // Shared Voronoi vertices are the same circumcentre; key them so both cells get one id.
  const ids = new Map<string, number>();
  const vertices: XY[] = [];
  const idOf = (p: XY): number => {
    const key = `${p[0].toFixed(4)},${p[1].toFixed(4)}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = vertices.length;
      ids.set(key, id);
      vertices.push([p[0], p[1]]);
    }
    return id;
  };
  const cells = inside.map(([site, k]) => {
    let ring = openRing(voronoi.cellPolygon(k) as XY[]);
    if (signedArea(ring) < 0) ring = ring.reverse();
    return { site, ring: ring.map(idOf) };
  });
  return collapseShortEdges({ vertices, cells }, o.minEdge);
}

function openRing(ring: XY[]): XY[] {
  const [a, b] = [ring[0], ring[ring.length - 1]];
  return a[0] === b[0] && a[1] === b[1] ? ring.slice(0, -1) : ring.slice();
}

/** Merge the ends of every edge shorter than minEdge (union-find), keeping ids dense. */
function collapseShortEdges(graph: CellGraph, minEdge: number): CellGraph {
  const parent = graph.vertices.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const c of graph.cells) {
    c.ring.forEach((v, k) => {
      const w = c.ring[(k + 1) % c.ring.length];
      if (dist(graph.vertices[v], graph.vertices[w]) < minEdge) {
        const [a, b] = [find(v), find(w)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    });
  }
  const sums = new Map<number, { x: number; y: number; n: number }>();
  graph.vertices.forEach((p, i) => {
    const s = sums.get(find(i)) ?? { x: 0, y: 0, n: 0 };
    sums.set(find(i), { x: s.x + p[0], y: s.y + p[1], n: s.n + 1 });
  });
  const used = new Map<number, number>();
  const vertices: XY[] = [];
  const renumber = (v: number): number => {
    const root = find(v);
    let id = used.get(root);
    if (id === undefined) {
      const s = sums.get(root)!;
      id = vertices.length;
      used.set(root, id);
      vertices.push([s.x / s.n, s.y / s.n]);
    }
    return id;
  };
  const cells = graph.cells.map((c) => {
    const ring = c.ring.map(renumber).filter((v, k, r) => v !== r[(k + r.length - 1) % r.length]);
    if (ring.length < 3) throw new Error('a cell collapsed: lower minEdge');
    return { site: c.site, ring };
  });
  return { vertices, cells };
}
