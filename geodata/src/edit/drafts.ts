import type { Position } from 'geojson';
import { gridId } from './change-set.ts';
import { openPolygons, samePosition, withPolygons, type OpenPolygons } from './rings.ts';
import type { ChangeSet, EditFeature } from './types.ts';

export interface VertexRef {
  grid: number;
  poly: number;
  ring: number;
  index: number;
}

/** An edge from `index` to the next vertex of the ring. `forward` when it runs a→b as asked. */
export interface EdgeRef extends VertexRef {
  forward: boolean;
}

/**
 * Copy-on-write working copies of the grids an edit touches. Reads go to the originals until a grid
 * is first written; `change()` puts exactly the grids that were written.
 */
export class Drafts<F extends EditFeature> {
  readonly grids: readonly F[];
  readonly ids: string[];
  private readonly open: (OpenPolygons | undefined)[];
  private readonly written = new Set<number>();

  constructor(grids: readonly F[]) {
    this.grids = grids;
    this.ids = grids.map((g, i) => gridId(g, i));
    this.open = new Array(grids.length);
  }

  indexOf(id: string): number {
    return this.ids.indexOf(id);
  }

  /** The grid's current open rings; do not modify them — use `write`. */
  polys(grid: number): OpenPolygons {
    return (this.open[grid] ??= openPolygons(this.grids[grid].geometry));
  }

  /** The grid's rings, ready to be modified, and the grid marked as changed. */
  write(grid: number): OpenPolygons {
    const polys = this.polys(grid);
    if (!this.written.has(grid)) {
      this.written.add(grid);
      this.open[grid] = polys.map((rings) => rings.map((r) => r.slice()));
    }
    return this.open[grid]!;
  }

  writtenGrids(): number[] {
    return [...this.written].sort((a, b) => a - b);
  }

  change(extra: F[] = [], remove: string[] = []): ChangeSet<F> {
    const put = this.writtenGrids().map((g) => withPolygons(this.grids[g], this.open[g]!));
    return { put: [...put, ...extra], delete: remove };
  }

  /** Every vertex within tol of p, in every grid. */
  findVertex(p: Position, tol: number, skip = -1): VertexRef[] {
    const out: VertexRef[] = [];
    for (let g = 0; g < this.grids.length; g++) {
      if (g === skip) continue;
      this.polys(g).forEach((rings, poly) =>
        rings.forEach((ring, r) => {
          for (let i = 0; i < ring.length; i++) if (samePosition(ring[i], p, tol)) out.push({ grid: g, poly, ring: r, index: i });
        }),
      );
    }
    return out;
  }

  /** Every edge a–b (either way round) within tol, in every grid. */
  findEdge(a: Position, b: Position, tol: number, skip = -1): EdgeRef[] {
    const out: EdgeRef[] = [];
    for (let g = 0; g < this.grids.length; g++) {
      if (g === skip) continue;
      this.polys(g).forEach((rings, poly) =>
        rings.forEach((ring, r) => {
          const n = ring.length;
          for (let i = 0; i < n; i++) {
            const p = ring[i];
            const q = ring[(i + 1) % n];
            if (samePosition(p, a, tol) && samePosition(q, b, tol)) out.push({ grid: g, poly, ring: r, index: i, forward: true });
            else if (samePosition(p, b, tol) && samePosition(q, a, tol)) out.push({ grid: g, poly, ring: r, index: i, forward: false });
          }
        }),
      );
    }
    return out;
  }

  /**
   * Inserts `at` into every edge a–b of every grid (skipping `skip`), so a vertex on a shared edge
   * never leaves a T-junction. Returns the grids written.
   */
  insertOnEdge(a: Position, b: Position, at: Position, tol: number, skip = -1): number[] {
    const refs = this.findEdge(a, b, tol, skip);
    // Later indices first, so earlier refs in the same ring keep their positions.
    refs.sort((x, y) => y.index - x.index);
    for (const e of refs) this.write(e.grid)[e.poly][e.ring].splice(e.index + 1, 0, [at[0], at[1]]);
    return [...new Set(refs.map((e) => e.grid))];
  }
}
