/**
 * The town as a planar partition: cells that share edges through shared vertex ids. Every
 * polygon the dataset writes is a union of cells walked over these ids, which is what makes
 * neighbouring grids share bitwise-identical vertices (no T-junctions, no slivers).
 */
export type XY = [number, number];

export interface Cell {
  /** the Voronoi site, well inside the cell: a safe interior point */
  site: XY;
  /** vertex ids, counter-clockwise, not closed */
  ring: number[];
}

export interface CellGraph {
  vertices: XY[];
  cells: Cell[];
}

export interface Neighbour {
  cell: number;
  /** shared edge length in metres */
  length: number;
}

export const edgeKey = (a: number, b: number): string => `${a}>${b}`;

export function signedArea(points: readonly XY[]): number {
  let s = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i];
    const [x2, y2] = points[(i + 1) % points.length];
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

export function centroid(points: readonly XY[]): XY {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i];
    const [x2, y2] = points[(i + 1) % points.length];
    const f = x1 * y2 - x2 * y1;
    a += f;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  return [cx / (3 * a), cy / (3 * a)];
}

export const dist = (p: XY, q: XY): number => Math.hypot(p[0] - q[0], p[1] - q[1]);

export function cellPoints(graph: CellGraph, cell: number): XY[] {
  return graph.cells[cell].ring.map((v) => graph.vertices[v]);
}

export function cellArea(graph: CellGraph, cell: number): number {
  return signedArea(cellPoints(graph, cell));
}

/** For each cell, the cells across its edges (an edge on the town outline has no neighbour). */
export function adjacency(graph: CellGraph): Neighbour[][] {
  const owner = new Map<string, number>();
  graph.cells.forEach((c, i) => {
    c.ring.forEach((v, k) => owner.set(edgeKey(v, c.ring[(k + 1) % c.ring.length]), i));
  });
  return graph.cells.map((c) => {
    const byCell = new Map<number, number>();
    c.ring.forEach((v, k) => {
      const w = c.ring[(k + 1) % c.ring.length];
      const other = owner.get(edgeKey(w, v));
      if (other === undefined) return;
      byCell.set(other, (byCell.get(other) ?? 0) + dist(graph.vertices[v], graph.vertices[w]));
    });
    return [...byCell].map(([cell, length]) => ({ cell, length })).sort((p, q) => p.cell - q.cell);
  });
}

/**
 * The outer ring of a set of cells as vertex ids (counter-clockwise), or a reason why the set is
 * not one simple polygon: split in pieces, holed, or pinched at a vertex.
 */
export function unionRing(graph: CellGraph, cells: readonly number[]): number[] | string {
  const inSet = new Set<string>();
  for (const i of cells) {
    const r = graph.cells[i].ring;
    r.forEach((v, k) => inSet.add(edgeKey(v, r[(k + 1) % r.length])));
  }
  const next = new Map<number, number>();
  for (const i of cells) {
    const r = graph.cells[i].ring;
    for (let k = 0; k < r.length; k++) {
      const v = r[k];
      const w = r[(k + 1) % r.length];
      if (inSet.has(edgeKey(w, v))) continue;
      if (next.has(v)) return `pinched at vertex ${v}`;
      next.set(v, w);
    }
  }
  if (next.size === 0) return 'empty';
  // Start at the lowest id so the ring's first vertex does not depend on the cells' order.
  const start = Math.min(...next.keys());
  const ring = [start];
  for (let v = next.get(start)!; v !== start; v = next.get(v)!) ring.push(v);
  if (ring.length !== next.size) return 'more than one ring (pieces or holes)';
  return ring;
}

/** Connected pieces of a set of cells, largest first (ties: lowest cell id first). */
export function pieces(adj: readonly Neighbour[][], cells: readonly number[]): number[][] {
  const inSet = new Set(cells);
  const seen = new Set<number>();
  const out: number[][] = [];
  for (const start of [...cells].sort((a, b) => a - b)) {
    if (seen.has(start)) continue;
    const piece: number[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const c = stack.pop()!;
      piece.push(c);
      for (const n of adj[c]) {
        if (inSet.has(n.cell) && !seen.has(n.cell)) {
          seen.add(n.cell);
          stack.push(n.cell);
        }
      }
    }
    out.push(piece.sort((a, b) => a - b));
  }
  return out.sort((p, q) => q.length - p.length || p[0] - q[0]);
}
