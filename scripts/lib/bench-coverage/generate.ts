import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { mulberry32 as random } from '@wangge/geodata/synthetic/prng';
import { cutHoles, DEFECT_KINDS, makePlanner, planPushes, type EdgePush, type Injected } from './defects.ts';
import { planeToLonLat, shoelace } from './plane.ts';
import { buildTopology, PointPool, townOutline, type P } from './topology.ts';

export interface SyntheticOptions {
  /** number of grids */
  n: number;
  seed?: number;
  /** densify edges to one vertex every this many metres (default 10) */
  spacingM?: number;
  /** defects of each kind (default max(1, round(n / 200))) */
  perKind?: number;
  /** town radius in metres (default 3400: ≈ 36 km², about 60 m cells at n = 10,000) */
  radiusM?: number;
}

export interface Synthetic {
  n: number;
  grids: FeatureCollection<Polygon>;
  boundary: FeatureCollection<Polygon>;
  /** grid ring positions (without closing ones) */
  vertices: number;
  injected: Injected[];
  /** the same truth keyed as the checker reports it */
  truth: { overlaps: { grids: [string, string]; areaM2: number }[]; gaps: { neighbors: string[]; areaM2: number; kind: string }[] };
}

export const BOUNDARY_ID = 'town';
export const gridId = (cell: number) => `G${cell + 1}`;

/**
 * A deterministic synthetic coverage around Dafang with known defects: Voronoi cells clipped to a
 * town boundary, every edge densified, then spoilt in four ways whose true areas are recorded —
 * edges pushed into a neighbour (overlaps), edges pulled back from a neighbour (0.2–2 m slivers),
 * corners cut where three cells meet (holes), edges pulled back from the boundary (border gaps).
 */
export function generateCoverage(opts: SyntheticOptions): Synthetic {
  const { n, seed = 20240601, spacingM = 10, radiusM = 3400 } = opts;
  const perKind = opts.perKind ?? Math.max(1, Math.round(n / 200));
  const rnd = random(seed + n);
  const topo = buildTopology(rnd, n, townOutline(rnd, radiusM));
  const pool = new PointPool();
  // one at a time: spreading a province's points into push() overflows the stack
  for (const p of topo.points) pool.points.push(p);
  const planner = makePlanner(topo, pool, rnd);
  const injected: Injected[] = cutHoles(planner, perKind);
  // edges change after cutting corners: plan pushes on the new corner rings
  const pl2 = makePlanner(topo, pool, rnd);
  pl2.used = planner.used;
  const pushes: [EdgePush, (typeof DEFECT_KINDS)[keyof typeof DEFECT_KINDS]][] = [];
  for (const [kind, lo, hi] of [
    [DEFECT_KINDS.overlap, 1, 4],
    [DEFECT_KINDS.sliver, 0.2, 2],
    [DEFECT_KINDS.boundaryGap, 0.5, 3],
  ] as const) {
    for (const p of planPushes(pl2, kind, perKind, lo, hi, spacingM)) pushes.push([p, kind]);
  }

  // densify every corner edge once, so both sides of an edge share the same points
  const dense = new Map<string, P[]>();
  const interior = (a: P, b: P): P[] => {
    const [lo, hi] = a.id < b.id ? [a, b] : [b, a];
    const k = `${lo.id}:${hi.id}`;
    let pts = dense.get(k);
    if (!pts) {
      const m = Math.ceil(Math.hypot(hi.x - lo.x, hi.y - lo.y) / spacingM);
      pts = [];
      for (let i = 1; i < m; i++) pts.push(pool.make(lo.x + ((hi.x - lo.x) * i) / m, lo.y + ((hi.y - lo.y) * i) / m));
      dense.set(k, pts);
    }
    return a === lo ? pts : [...pts].reverse();
  };
  const pushOf = new Map<string, EdgePush>();
  for (const [p] of pushes) pushOf.set(`${p.cell}:${p.p.id}:${p.q.id}`, p);
  const rings = topo.cells.map((ring, c) => {
    const out: P[] = [];
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i], b = ring[(i + 1) % ring.length];
      out.push(a);
      const push = pushOf.get(`${c}:${a.id}:${b.id}`);
      const mid = interior(a, b);
      if (!push) out.push(...mid);
      else {
        const len = Math.hypot(b.x - a.x, b.y - a.y);
        const nx = (b.y - a.y) / len, ny = -(b.x - a.x) / len;
        const moved = mid.map((p) => pool.make(p.x + push.offset * nx, p.y + push.offset * ny));
        out.push(...moved);
        const strip = [a, ...mid, b, ...[...moved].reverse()];
        const kind = pushes.find(([p]) => p === push)![1];
        const other = planner.edgeCells.get(a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`) ?? pl2.edgeCells.get(a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`)!;
        const neighbour = other.left === c ? other.right : other.left;
        injected.push({
          kind,
          cells: kind === DEFECT_KINDS.boundaryGap ? [c] : kind === DEFECT_KINDS.overlap ? [c, neighbour] : [c, neighbour].sort((x, y) => x - y),
          areaM2: Math.abs(shoelace(strip)),
        });
      }
    }
    return out;
  });
  const boundaryRing: P[] = [];
  for (let i = 0; i < topo.boundary.length; i++) {
    const a = topo.boundary[i], b = topo.boundary[(i + 1) % topo.boundary.length];
    boundaryRing.push(a, ...interior(a, b));
  }

  const toLonLat = planeToLonLat();
  const ll = new Map<P, Position>();
  const pos = (p: P) => {
    let v = ll.get(p);
    if (!v) ll.set(p, (v = toLonLat(p.x, p.y)));
    return v;
  };
  const closed = (ring: P[]) => [...ring.map(pos), pos(ring[0])].map((q) => [q[0], q[1]]);
  const features: Feature<Polygon>[] = rings.map((ring, c) => ({
    type: 'Feature',
    properties: { id: gridId(c) },
    geometry: { type: 'Polygon', coordinates: [closed(ring)] },
  }));
  const boundary: FeatureCollection<Polygon> = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { id: BOUNDARY_ID }, geometry: { type: 'Polygon', coordinates: [closed(boundaryRing)] } }],
  };
  return {
    n,
    grids: { type: 'FeatureCollection', features },
    boundary,
    vertices: rings.reduce((s, r) => s + r.length, 0),
    injected,
    truth: truthOf(injected),
  };
}

function truthOf(injected: Injected[]): Synthetic['truth'] {
  const overlaps: Synthetic['truth']['overlaps'] = [];
  const gaps: Synthetic['truth']['gaps'] = [];
  for (const d of injected) {
    if (d.kind === DEFECT_KINDS.overlap) {
      const [a, b] = [...d.cells].sort((x, y) => x - y);
      overlaps.push({ grids: [gridId(a), gridId(b)], areaM2: d.areaM2 });
    } else gaps.push({ neighbors: d.cells.map(gridId), areaM2: d.areaM2, kind: d.kind });
  }
  return { overlaps, gaps };
}

/**
 * The same coverage with every position of every ring moved independently by up to ±amount
 * degrees (1e-9° ≈ 0.1 mm): shared vertices no longer agree bit for bit.
 */
export function jitterCoverage(s: Synthetic, amount = 1e-9, seed = 99): Synthetic {
  const rnd = random(seed);
  const move = (fc: FeatureCollection<Polygon>): FeatureCollection<Polygon> => ({
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      ...f,
      geometry: {
        type: 'Polygon',
        coordinates: f.geometry.coordinates.map((r) => {
          const out = r.map(([x, y]) => [x + (2 * rnd() - 1) * amount, y + (2 * rnd() - 1) * amount]);
          out[out.length - 1] = [...out[0]];
          return out;
        }),
      },
    })),
  });
  return { ...s, grids: move(s.grids), boundary: move(s.boundary) };
}
