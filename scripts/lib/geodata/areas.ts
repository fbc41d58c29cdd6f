/**
 * 片区: groups of about five neighbouring grids, each under one county leader. Grown greedily
 * from the edge of the town inwards, preferring to keep a community's grids together.
 */
import { dist, type XY } from './planar.ts';

export interface GridNode {
  id: string;
  communityId: string;
  centroid: XY;
  neighbours: ReadonlySet<string>;
}

export function groupIntoAreas(grids: readonly GridNode[], size: number): string[][] {
  const byId = new Map(grids.map((g) => [g.id, g]));
  for (let attempt = 0; attempt < grids.length; attempt++) {
    const groups = tryGrouping(byId, size, attempt);
    if (groups) return groups;
  }
  throw new Error(`grids cannot be grouped into connected areas of ${size}`);
}

function tryGrouping(byId: Map<string, GridNode>, size: number, attempt: number): string[][] | null {
  const free = new Set(byId.keys());
  const freeNeighbours = (id: string): string[] => [...byId.get(id)!.neighbours].filter((n) => free.has(n)).sort();
  const groups: string[][] = [];
  while (free.size) {
    // The most hemmed-in grid first: leaving it for later is how greedy grouping strands grids.
    const candidates = [...free].sort(
      (a, b) =>
        freeNeighbours(a).length - freeNeighbours(b).length ||
        Math.hypot(...byId.get(b)!.centroid) - Math.hypot(...byId.get(a)!.centroid) ||
        (a < b ? -1 : 1),
    );
    // When a try strands grids, the next one starts the first area from another grid.
    const seed = byId.get(candidates[groups.length === 0 ? attempt % candidates.length : 0])!;
    const group = [seed.id];
    free.delete(seed.id);
    while (group.length < size) {
      const frontier = [...new Set(group.flatMap(freeNeighbours))].sort();
      if (!frontier.length) return null;
      const mid = meanOf(group.map((id) => byId.get(id)!.centroid));
      const cost = (id: string): number => {
        const g = byId.get(id)!;
        return dist(g.centroid, mid) * (g.communityId === seed.communityId ? 0.5 : 1);
      };
      const next = frontier.sort((a, b) => cost(a) - cost(b) || (a < b ? -1 : 1))[0];
      group.push(next);
      free.delete(next);
    }
    groups.push(group);
    if (!leftoversSplitEvenly(byId, free, size)) return null;
  }
  return groups;
}

function leftoversSplitEvenly(byId: Map<string, GridNode>, free: Set<string>, size: number): boolean {
  const seen = new Set<string>();
  for (const start of free) {
    if (seen.has(start)) continue;
    let count = 0;
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const id = stack.pop()!;
      count++;
      for (const n of byId.get(id)!.neighbours) {
        if (free.has(n) && !seen.has(n)) {
          seen.add(n);
          stack.push(n);
        }
      }
    }
    if (count % size !== 0) return false;
  }
  return true;
}

function meanOf(points: readonly XY[]): XY {
  const s = points.reduce((acc, p) => [acc[0] + p[0], acc[1] + p[1]], [0, 0]);
  return [s[0] / points.length, s[1] / points.length];
}
