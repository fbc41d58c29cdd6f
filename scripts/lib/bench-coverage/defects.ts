import { shoelace } from './plane.ts';
import type { P, PointPool, Topology } from './topology.ts';

export const DEFECT_KINDS = {
  overlap: 'overlap',
  sliver: 'sliver',
  hole: 'hole',
  boundaryGap: 'boundary-gap',
} as const;
export type DefectKind = (typeof DEFECT_KINDS)[keyof typeof DEFECT_KINDS];

/** A defect as injected: cell indexes and its true area in m². */
export interface Injected {
  kind: DefectKind;
  /** overlap: [pushing cell, pushed-into cell]; gaps: the cells around it */
  cells: number[];
  areaM2: number;
}

/**
 * Replaces the run of points strictly between p and q along a cell's edge (the densified interior)
 * by displaced copies: the edge is pushed sideways by `offset` metres (positive: to the right of
 * p→q, i.e. out of a counter-clockwise cell).
 */
export interface EdgePush {
  cell: number;
  p: P;
  q: P;
  offset: number;
}

const key = (a: P, b: P) => (a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`);

/** Signed distance of (x, y) to the left of every edge of a convex ring except the one a→b. */
function insideMargin(ring: P[], x: number, y: number, skip: [P, P]): number {
  let m = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i], b = ring[(i + 1) % ring.length];
    if ((a === skip[0] && b === skip[1]) || (a === skip[1] && b === skip[0])) continue;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len === 0) continue;
    m = Math.min(m, ((b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x)) / len);
  }
  return m;
}

export interface Planner {
  topo: Topology;
  pool: PointPool;
  rnd: () => number;
  used: Set<number>;
  /** cells on each side of each corner edge, by edge key */
  edgeCells: Map<string, { a: P; b: P; left: number; right: number }>;
}

export function makePlanner(topo: Topology, pool: PointPool, rnd: () => number): Planner {
  const edgeCells = new Map<string, { a: P; b: P; left: number; right: number }>();
  topo.cells.forEach((ring, c) => {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i], b = ring[(i + 1) % ring.length];
      const k = key(a, b);
      const e = edgeCells.get(k);
      if (e) e.right = c;
      else edgeCells.set(k, { a, b, left: c, right: -1 });
    }
  });
  return { topo, pool, rnd, used: new Set(), edgeCells };
}

function shuffled<T>(rnd: () => number, items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * Cuts the corners at `count` Voronoi vertices where three cells meet, `r` metres along each edge:
 * the three cells then leave a triangular hole between them. Done on corner rings, before
 * densifying, so the new edge ends are shared.
 */
export function cutHoles(pl: Planner, count: number): Injected[] {
  const { topo, pool, rnd, used } = pl;
  const around = new Map<P, number[]>();
  topo.cells.forEach((ring, c) => ring.forEach((p) => around.set(p, [...(around.get(p) ?? []), c])));
  const out: Injected[] = [];
  const cutAt = new Map<string, P>();
  for (const [v, cells] of shuffled(rnd, [...around.entries()])) {
    if (out.length >= count) break;
    if (v.on.length > 0 || cells.length !== 3 || cells.some((c) => used.has(c))) continue;
    const r = 3 + 5 * rnd();
    const nbrs = cells.flatMap((c) => {
      const ring = topo.cells[c];
      const i = ring.indexOf(v);
      return [ring[(i + ring.length - 1) % ring.length], ring[(i + 1) % ring.length]];
    });
    if (nbrs.some((w) => Math.hypot(w.x - v.x, w.y - v.y) < r + 15)) continue;
    const cutOn = (w: P) => {
      const k = key(v, w);
      let c = cutAt.get(k);
      if (!c) {
        const len = Math.hypot(w.x - v.x, w.y - v.y);
        c = pool.make(v.x + ((w.x - v.x) * r) / len, v.y + ((w.y - v.y) * r) / len);
        cutAt.set(k, c);
      }
      return c;
    };
    const corners = new Set<P>();
    for (const c of cells) {
      const ring = topo.cells[c];
      const i = ring.indexOf(v);
      const a = cutOn(ring[(i + ring.length - 1) % ring.length]);
      const b = cutOn(ring[(i + 1) % ring.length]);
      ring.splice(i, 1, a, b);
      corners.add(a).add(b);
    }
    const tri = [...corners];
    const cx = tri.reduce((s, p) => s + p.x, 0) / 3, cy = tri.reduce((s, p) => s + p.y, 0) / 3;
    tri.sort((p, q) => Math.atan2(p.y - cy, p.x - cx) - Math.atan2(q.y - cy, q.x - cx));
    cells.forEach((c) => used.add(c));
    out.push({ kind: DEFECT_KINDS.hole, cells: [...cells].sort((a, b) => a - b), areaM2: Math.abs(shoelace(tri)) });
  }
  return out;
}

/**
 * Plans `count` pushes of one cell's edge: into its neighbour (overlap), back into itself (a sliver
 * between the two), or back from the town boundary (a gap at the boundary). Offsets are checked to
 * stay inside the cell they move into, with half a metre to spare.
 */
export function planPushes(
  pl: Planner,
  kind: DefectKind,
  count: number,
  minOffset: number,
  maxOffset: number,
  spacing: number,
  minLength = 40,
): EdgePush[] {
  const { topo, rnd, used } = pl;
  const out: EdgePush[] = [];
  for (const e of shuffled(rnd, [...pl.edgeCells.values()])) {
    if (out.length >= count) break;
    const len = Math.hypot(e.b.x - e.a.x, e.b.y - e.a.y);
    if (len < minLength) continue;
    const onBoundary = e.right < 0;
    if ((kind === DEFECT_KINDS.boundaryGap) !== onBoundary) continue;
    if (used.has(e.left) || (e.right >= 0 && used.has(e.right))) continue;
    if (!onBoundary && (e.a.on.length > 0 || e.b.on.length > 0)) continue;
    // the pushing cell, with p→q running counter-clockwise around it
    const flip = rnd() < 0.5 && !onBoundary;
    const cell = flip ? e.right : e.left;
    const other = flip ? e.left : e.right;
    const ring = topo.cells[cell];
    const i = ring.indexOf(e.a);
    const [p, q] = ring[(i + 1) % ring.length] === e.b ? [e.a, e.b] : [e.b, e.a];
    const w = minOffset + (maxOffset - minOffset) * rnd();
    const offset = kind === DEFECT_KINDS.overlap ? w : -w;
    const into = kind === DEFECT_KINDS.overlap ? topo.cells[other] : ring;
    const nx = (q.y - p.y) / len, ny = -(q.x - p.x) / len;
    // the pushed points run from t = 1/n to 1 - 1/n (densified every `spacing` metres); the
    // cell is convex, so both ends inside means all inside
    const n = Math.ceil(len / spacing);
    let ok = true;
    for (const t of [1 / n, 1 - 1 / n]) {
      const x = p.x + t * (q.x - p.x) + offset * nx;
      const y = p.y + t * (q.y - p.y) + offset * ny;
      if (insideMargin(into, x, y, [p, q]) < 0.5) ok = false;
    }
    if (!ok) continue;
    used.add(cell);
    if (other >= 0) used.add(other);
    out.push({ cell, p, q, offset });
  }
  return out;
}
