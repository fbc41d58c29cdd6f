/**
 * Cutting the cell fabric into labelled regions (communities, then grids inside each one)
 * that are each a single simple polygon.
 */
import { cellArea, dist, pieces, unionRing, type CellGraph, type Neighbour, type XY } from './planar.ts';

export interface Seed {
  at: XY;
  /** power-diagram weight in m²: a larger weight claims more cells */
  weight: number;
}

/** Each cell goes to the seed with the smallest power distance |p - seed|² - weight. */
export function powerAssign(sites: readonly XY[], seeds: readonly Seed[]): number[] {
  return sites.map((p) => {
    let best = 0;
    let bestD = Infinity;
    seeds.forEach((s, k) => {
      const d = dist(p, s.at) ** 2 - s.weight;
      if (d < bestD) [best, bestD] = [k, d];
    });
    return best;
  });
}

/**
 * Split a set of cells into k parts of about equal area: k-means on the sites, then power
 * weights nudged until the areas even out. Parts are compact because power cells are convex.
 */
export function balancedSplit(graph: CellGraph, cells: readonly number[], k: number): number[] {
  const sites = cells.map((c) => graph.cells[c].site);
  const areas = cells.map((c) => cellArea(graph, c));
  const total = areas.reduce((s, a) => s + a, 0);
  // Farthest-point start from the northernmost site keeps the result independent of cell order.
  const first = sites.reduce((b, p, i) => (p[1] > sites[b][1] ? i : b), 0);
  const centres: XY[] = [sites[first]];
  while (centres.length < k) {
    let far = 0;
    let farD = -1;
    sites.forEach((p, i) => {
      const d = Math.min(...centres.map((c) => dist(p, c)));
      if (d > farD) [far, farD] = [i, d];
    });
    centres.push(sites[far]);
  }
  const weights = new Array<number>(k).fill(0);
  let labels: number[] = [];
  for (let iter = 0; iter < 60; iter++) {
    labels = powerAssign(sites, centres.map((at, i) => ({ at, weight: weights[i] })));
    const sums = centres.map(() => ({ x: 0, y: 0, a: 0 }));
    labels.forEach((l, i) => {
      sums[l].x += sites[i][0] * areas[i];
      sums[l].y += sites[i][1] * areas[i];
      sums[l].a += areas[i];
    });
    sums.forEach((s, l) => {
      if (s.a > 0) centres[l] = [s.x / s.a, s.y / s.a];
      weights[l] += 0.5 * (total / k - s.a);
    });
  }
  return labels;
}

/**
 * Give every stray piece of a region to the neighbouring region it shares most border with,
 * until each label is one connected piece. `sameScope` limits who may take a piece (a grid's
 * cells must stay inside its community).
 */
export function makeContiguous(
  adj: readonly Neighbour[][],
  labels: number[],
  sameScope: (a: number, b: number) => boolean = () => true,
): void {
  for (let round = 0; round < 50; round++) {
    let changed = false;
    const byLabel = groupBy(labels);
    for (const [label, cells] of byLabel) {
      for (const piece of pieces(adj, cells).slice(1)) {
        const border = new Map<number, number>();
        for (const c of piece) {
          for (const n of adj[c]) {
            const l = labels[n.cell];
            if (l !== label && sameScope(c, n.cell)) border.set(l, (border.get(l) ?? 0) + n.length);
          }
        }
        const best = [...border].sort((p, q) => q[1] - p[1] || p[0] - q[0])[0];
        if (!best) continue;
        for (const c of piece) labels[c] = best[0];
        changed = true;
      }
    }
    if (!changed) return;
  }
  throw new Error('regions did not settle into connected pieces');
}

export function groupBy(labels: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  labels.forEach((l, c) => {
    if (l < 0) return;
    const list = out.get(l) ?? [];
    list.push(c);
    out.set(l, list);
  });
  return new Map([...out].sort((p, q) => p[0] - q[0]));
}

/** Rings of every label; throws naming the first region that is not one simple polygon. */
export function regionRings(graph: CellGraph, labels: readonly number[], what: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const [label, cells] of groupBy(labels)) {
    const ring = unionRing(graph, cells);
    if (typeof ring === 'string') throw new Error(`${what} ${label}: ${ring}`);
    out.set(label, ring);
  }
  return out;
}

