import type { Position } from 'geojson';
import { pointInRing, ringArea2, segmentDistance, type Plane, type XY } from './plane.ts';
import type { OpenPolygons } from './rings.ts';

export interface DissolveInput {
  polys: OpenPolygons;
  /** subtract instead of add (its rings run the other way) */
  reverse?: boolean;
}

export interface Dissolved {
  polygons: OpenPolygons;
  /** edge pairs of different inputs that cancelled: 0 means the inputs share no edge */
  shared: number;
}

interface Vertex {
  p: Position;
  xy: [number, number];
}

/**
 * Union and difference for inputs whose common boundaries run along the same vertices — grids of
 * a coverage, a gap or overlap the coverage check cut from them. Every ring becomes directed
 * edges (shells counter-clockwise, holes clockwise, all flipped for a subtracted input); an edge
 * and its reverse cancel; what is left is traced into rings. Positions within `toleranceM` are one
 * vertex (the first input's position wins), and a vertex lying on another input's edge splits it,
 * so a T-junction still cancels. No vertex is moved or dropped: neighbours keep theirs.
 */
export function dissolve(inputs: DissolveInput[], plane: Plane, toleranceM: number): Dissolved {
  const verts: Vertex[] = [];
  const byKey = new Map<string, number>();
  const vertexOf = (p: Position): number => {
    const key = `${p[0]},${p[1]}`;
    const known = byKey.get(key);
    if (known !== undefined) return known;
    const xy = plane.xy(p);
    let id = verts.findIndex((v) => Math.hypot(v.xy[0] - xy[0], v.xy[1] - xy[1]) <= toleranceM);
    if (id < 0) id = verts.push({ p, xy }) - 1;
    byKey.set(key, id);
    return id;
  };
  const edges: { u: number; v: number; src: number }[] = [];
  inputs.forEach((input, src) => {
    for (const rings of input.polys) {
      rings.forEach((ring, k) => {
        let ids = ring.map(vertexOf).filter((v, i, all) => v !== all[(i + all.length - 1) % all.length]);
        const ccw = ringArea2(ids.map((v) => verts[v].xy)) > 0;
        const wantCcw = (k === 0) !== !!input.reverse;
        if (ccw !== wantCcw) ids = ids.reverse();
        ids.forEach((u, i) => edges.push({ u, v: ids[(i + 1) % ids.length], src }));
      });
    }
  });
  const noded = edges.flatMap((e) => split(e, verts, toleranceM));
  const { left, shared } = cancel(noded);
  return { polygons: assemble(trace(left, verts), verts), shared };
}

/** An edge cut at every vertex lying on it (within tol), in order along it. */
function split(e: { u: number; v: number; src: number }, verts: Vertex[], tol: number) {
  const a = verts[e.u].xy;
  const b = verts[e.v].xy;
  const on: { w: number; t: number }[] = [];
  verts.forEach((vx, w) => {
    if (w === e.u || w === e.v) return;
    const { d, t } = segmentDistance(vx.xy, a, b);
    if (d <= tol && t > 0 && t < 1) on.push({ w, t });
  });
  if (on.length === 0) return [e];
  on.sort((p, q) => p.t - q.t);
  const ids = [e.u, ...on.map((o) => o.w), e.v];
  return ids.slice(1).map((v, i) => ({ u: ids[i], v, src: e.src }));
}

function cancel(edges: { u: number; v: number; src: number }[]) {
  const open = new Map<string, number[]>();
  const alive = edges.map(() => true);
  let shared = 0;
  edges.forEach((e, i) => {
    const twins = open.get(`${e.v},${e.u}`);
    if (twins && twins.length > 0) {
      const k = twins.findIndex((j) => edges[j].src !== e.src);
      const j = twins.splice(k >= 0 ? k : 0, 1)[0];
      alive[i] = alive[j] = false;
      if (edges[j].src !== e.src) shared++;
      return;
    }
    const key = `${e.u},${e.v}`;
    if (!open.has(key)) open.set(key, []);
    open.get(key)!.push(i);
  });
  return { left: edges.filter((_, i) => alive[i]), shared };
}

/**
 * Rings from the edges left, turning as far left as possible at a vertex with several ways on:
 * that keeps two shells touching at a point (or a hole touching its shell) as separate rings.
 */
function trace(edges: { u: number; v: number }[], verts: Vertex[]): number[][] {
  const out = new Map<number, number[]>();
  edges.forEach((e, i) => {
    if (!out.has(e.u)) out.set(e.u, []);
    out.get(e.u)!.push(i);
  });
  const used = edges.map(() => false);
  const rings: number[][] = [];
  for (let s = 0; s < edges.length; s++) {
    if (used[s]) continue;
    const ring: number[] = [];
    let e = s;
    for (;;) {
      used[e] = true;
      ring.push(edges[e].u);
      const { u, v } = edges[e];
      const next = (out.get(v) ?? []).filter((k) => !used[k] || k === s);
      if (next.length === 0) break;
      e = next.reduce((best, k) => (clockwiseFrom(verts, v, u, edges[k].v) < clockwiseFrom(verts, v, u, edges[best].v) ? k : best));
      if (e === s) {
        if (ring.length >= 3) rings.push(ring);
        break;
      }
    }
  }
  return rings;
}

/** The clockwise angle at v from the direction back to u round to the direction to w, in (0, 2π]. */
function clockwiseFrom(verts: Vertex[], v: number, u: number, w: number): number {
  const [vx, vy] = verts[v].xy;
  const rx = verts[u].xy[0] - vx, ry = verts[u].xy[1] - vy;
  const cx = verts[w].xy[0] - vx, cy = verts[w].xy[1] - vy;
  const ccw = Math.atan2(rx * cy - ry * cx, rx * cx + ry * cy);
  const cw = -ccw;
  return cw <= 0 ? cw + 2 * Math.PI : cw;
}

/** Counter-clockwise rings are shells; each clockwise ring goes into the smallest shell around it. */
function assemble(rings: number[][], verts: Vertex[]): OpenPolygons {
  const xy = (r: number[]): XY[] => r.map((v) => verts[v].xy);
  const shells: { ring: number[]; xy: XY[]; area: number; holes: number[][] }[] = [];
  const holes: number[][] = [];
  for (const r of rings) {
    const a = ringArea2(xy(r)) / 2;
    if (a > 1e-9) shells.push({ ring: r, xy: xy(r), area: a, holes: [] });
    else if (a < -1e-9) holes.push(r);
  }
  for (const h of holes) {
    const probe = insidePoint(xy(h), shells.map((s) => s.xy));
    const owner = shells.filter((s) => probe && pointInRing(probe, s.xy) > 0).sort((p, q) => p.area - q.area)[0];
    owner?.holes.push(h);
  }
  return shells.map((s) => [s.ring, ...s.holes].map((r) => r.map((v) => verts[v].p)));
}

/** A point of the hole not on any shell's boundary: a vertex, else an edge midpoint. */
function insidePoint(hole: XY[], shells: XY[][]): XY | null {
  const mids = hole.map((p, i) => [(p[0] + hole[(i + 1) % hole.length][0]) / 2, (p[1] + hole[(i + 1) % hole.length][1]) / 2]);
  return [...hole, ...mids].find((p) => shells.every((s) => pointInRing(p, s) !== 0)) ?? null;
}
