/**
 * Voronoi edges are ruler-straight; real boundaries follow kerbs, walls and streams. Each edge
 * gets a few extra vertices nudged sideways, computed once per edge from its own seeded stream
 * so the two regions on either side receive exactly the same points (in opposite order).
 */
import { between, rngFor } from '@wangge/geodata/synthetic/prng';
import { dist, type CellGraph, type XY } from './planar.ts';

export interface WiggleOptions {
  /** one extra vertex per this many metres of edge */
  spacing: number;
  /** sideways nudge, as a share of the edge length and capped in metres */
  innerShare: number;
  innerMax: number;
  /** the town's outer edge is a field boundary, allowed to wander a little more */
  outerShare: number;
  outerMax: number;
}

export type EdgeShaper = (a: number, b: number) => XY[];

export function makeEdgeShaper(graph: CellGraph, seed: number, outer: ReadonlySet<string>, o: WiggleOptions): EdgeShaper {
  const cache = new Map<string, XY[]>();
  return (a, b) => {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = `${lo}-${hi}`;
    let inner = cache.get(key);
    if (!inner) {
      inner = shape(graph.vertices[lo], graph.vertices[hi], key, outer.has(key));
      cache.set(key, inner);
    }
    return a === lo ? inner : inner.slice().reverse();
  };

  function shape(p: XY, q: XY, key: string, isOuter: boolean): XY[] {
    const len = dist(p, q);
    const n = Math.floor(len / o.spacing);
    if (n < 1) return [];
    const rng = rngFor(seed, `edge ${key}`);
    const amp = isOuter ? Math.min(o.outerMax, o.outerShare * len) : Math.min(o.innerMax, o.innerShare * len);
    const [ux, uy] = [(q[0] - p[0]) / len, (q[1] - p[1]) / len];
    const out: XY[] = [];
    for (let i = 1; i <= n; i++) {
      const t = i / (n + 1);
      const side = between(rng, -amp, amp);
      out.push([p[0] + ux * len * t - uy * side, p[1] + uy * len * t + ux * side]);
    }
    return out;
  }
}

/** An undirected key for every edge on the outside of the given ring (the town outline). */
export function ringEdgeKeys(ring: readonly number[]): Set<string> {
  const out = new Set<string>();
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length];
    out.add(a < b ? `${a}-${b}` : `${b}-${a}`);
  });
  return out;
}

/** A ring of vertex ids as points, with every edge's extra vertices, not closed. */
export function ringPoints(graph: CellGraph, ring: readonly number[], shaper: EdgeShaper): XY[] {
  const out: XY[] = [];
  ring.forEach((a, i) => {
    out.push(graph.vertices[a]);
    out.push(...shaper(a, ring[(i + 1) % ring.length]));
  });
  return out;
}

/** A path of vertex ids as points, with every edge's extra vertices. */
export function pathPoints(graph: CellGraph, path: readonly number[], shaper: EdgeShaper): XY[] {
  const out: XY[] = [];
  path.forEach((a, i) => {
    out.push(graph.vertices[a]);
    if (i + 1 < path.length) out.push(...shaper(a, path[i + 1]));
  });
  return out;
}
