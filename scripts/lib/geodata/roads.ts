/**
 * Main roads drawn along the fabric's own edges, preferring the edges between communities and
 * grids: the plan cut its grids "以城市社区道路框架和小区为基础", along the road network.
 */
import { dist, type XY } from './planar.ts';
import type { Layout } from './layout.ts';

/** The outline vertex nearest to a point: where a road enters or leaves the town. */
export function nearestOutlineVertex(layout: Layout, p: XY): number {
  return nearestOf(layout, layout.townRing, p);
}

/** The fabric vertex nearest to a point. */
export function nearestVertex(layout: Layout, p: XY): number {
  const all = [...new Set(layout.graph.cells.flatMap((c) => c.ring))];
  return nearestOf(layout, all, p);
}

function nearestOf(layout: Layout, ids: readonly number[], p: XY): number {
  return [...ids].sort((a, b) => dist(layout.graph.vertices[a], p) - dist(layout.graph.vertices[b], p) || a - b)[0];
}

/** Cheapest path of vertex ids from `from` to `to` (Dijkstra over the cells' edges). */
export function roadPath(layout: Layout, from: number, to: number): number[] {
  const { graph, community, grid } = layout;
  const owner = new Map<string, number>();
  graph.cells.forEach((c, i) => c.ring.forEach((v, k) => owner.set(`${v}>${c.ring[(k + 1) % c.ring.length]}`, i)));
  const links = new Map<number, { to: number; cost: number }[]>();
  const link = (a: number, b: number, cost: number): void => {
    const list = links.get(a) ?? [];
    list.push({ to: b, cost });
    links.set(a, list);
  };
  for (const [key, left] of owner) {
    const [a, b] = key.split('>').map(Number);
    const right = owner.get(`${b}>${a}`);
    const factor =
      right === undefined ? 5 : community[left] !== community[right] ? 0.85 : grid[left] !== grid[right] ? 0.95 : 1.2;
    link(a, b, dist(graph.vertices[a], graph.vertices[b]) * factor);
    if (right === undefined) link(b, a, dist(graph.vertices[a], graph.vertices[b]) * factor);
  }
  const best = new Map<number, number>([[from, 0]]);
  const prev = new Map<number, number>();
  const done = new Set<number>();
  for (;;) {
    let v = -1;
    let d = Infinity;
    for (const [u, du] of best) if (!done.has(u) && (du < d || (du === d && u < v))) [v, d] = [u, du];
    if (v < 0) throw new Error(`no road from ${from} to ${to}`);
    if (v === to) break;
    done.add(v);
    for (const l of links.get(v) ?? []) {
      if (d + l.cost < (best.get(l.to) ?? Infinity)) {
        best.set(l.to, d + l.cost);
        prev.set(l.to, v);
      }
    }
  }
  const path = [to];
  while (path[0] !== from) path.unshift(prev.get(path[0])!);
  return path;
}
