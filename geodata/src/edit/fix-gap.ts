import type { MultiPolygon, Polygon } from 'geojson';
import { openPolygons, toGeometry } from './rings.ts';
import type { FeatureId } from '../coverage/types.ts';
import { Drafts } from './drafts.ts';
import { dissolve } from './dissolve.ts';
import { areaM2 } from './measure.ts';
import { nodeWithNeighbours } from './node.ts';
import { planeAt, segmentDistance, type Plane } from './plane.ts';
import type { OpenPolygons } from './rings.ts';
import { findSelfIntersection } from './simple.ts';
import { EDIT_ERRORS, NODE_TOLERANCE_M, refuse, type ChangeSet, type EditError, type EditFeature } from './types.ts';

export interface FixGapOptions {
  /** positions this close (metres) are one vertex (default 1 mm, as the coverage check welds) */
  toleranceM?: number;
  /** grid id → its boundary: a gap in a boundary goes only to that boundary's grids */
  gridBoundary?: Map<FeatureId, FeatureId>;
  /** the planner's choice instead of the longest shared border */
  to?: string;
}

/** Which grid took which part of the gap, for the preview. */
export interface GapAssignment {
  grid: string;
  sharedM: number;
  areaM2: number;
  /** the part of the gap this grid takes, so a preview can draw what moves rather than the whole grid */
  geometry: Polygon;
}

export type FixGapResult<F extends EditFeature> =
  | { ok: true; change: ChangeSet<F>; assigned: GapAssignment[] }
  | { ok: false; error: EditError };

/**
 * Fills a gap (an item of the coverage check's `gaps`) by giving each of its parts to the grid with
 * the longest border along it; new vertices also go into the neighbours, so the result has no
 * T-junction. Returns the change to preview before it is applied.
 */
export function fixGap<F extends EditFeature>(
  grids: readonly F[],
  gap: { geometry: Polygon | MultiPolygon; boundary?: FeatureId | null },
  options: FixGapOptions = {},
): FixGapResult<F> {
  const tol = options.toleranceM ?? NODE_TOLERANCE_M;
  const drafts = new Drafts(grids);
  const allowed = (g: number) => {
    if (options.to !== undefined) return drafts.ids[g] === options.to;
    if (!options.gridBoundary || gap.boundary === null || gap.boundary === undefined) return true;
    // the map may key grids by a numeric id, change sets always by its string
    const b = options.gridBoundary.get(drafts.ids[g]) ?? options.gridBoundary.get(grids[g].properties?.id as FeatureId);
    return b !== undefined && String(b) === String(gap.boundary);
  };
  const assigned: GapAssignment[] = [];
  for (const part of openPolygons(gap.geometry)) {
    const plane = planeAt(part[0][0]);
    let best = -1;
    let bestM = 0;
    for (let g = 0; g < grids.length; g++) {
      if (!allowed(g)) continue;
      const m = sharedBorderM([part], drafts.polys(g), plane, tol);
      // borders within the tolerance are equal: the first grid in order wins, whatever the rounding
      if (m > bestM + tol) [best, bestM] = [g, m];
    }
    if (best < 0) {
      const who = options.to ? `grid ${options.to} does not border` : 'no grid borders';
      return refuse(EDIT_ERRORS.noNeighbour, `${who} the gap`, options.to ? { grids: [options.to] } : {});
    }
    const own = drafts.polys(best);
    const gapArea = areaM2([part], plane);
    const { polygons } = dissolve([{ polys: own }, { polys: [part] }], plane, tol);
    const expected = areaM2(own, plane) + gapArea;
    if (Math.abs(areaM2(polygons, plane) - expected) > 1e-6 * expected + 0.01 || findSelfIntersection(polygons, plane)) {
      return refuse(EDIT_ERRORS.degenerate, `the gap overlaps grid ${drafts.ids[best]}; run the coverage check again`, { grids: [drafts.ids[best]] });
    }
    const noded = nodeWithNeighbours(drafts, best, polygons, plane, tol);
    const w = drafts.write(best);
    w.splice(0, w.length, ...noded);
    assigned.push({ grid: drafts.ids[best], sharedM: bestM, areaM2: gapArea, geometry: toGeometry([part]) as Polygon });
  }
  return { ok: true, change: drafts.change(), assigned };
}

/** Length (metres) of the gap's boundary that runs along the grid's boundary. */
export function sharedBorderM(gap: OpenPolygons, grid: OpenPolygons, plane: Plane, tol: number): number {
  const gridEdges = grid.flat().flatMap((ring) => {
    const xy = ring.map((p) => plane.xy(p));
    return xy.map((a, i) => [a, xy[(i + 1) % xy.length]] as const);
  });
  const gridVerts = gridEdges.map((e) => e[0]);
  let total = 0;
  for (const ring of gap.flat()) {
    const xy = ring.map((p) => plane.xy(p));
    xy.forEach((a, i) => {
      const b = xy[(i + 1) % xy.length];
      const cuts = [0, 1, ...gridVerts.map((v) => segmentDistance(v, a, b)).filter((s) => s.d <= tol).map((s) => s.t)].sort((x, y) => x - y);
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      for (let k = 0; k + 1 < cuts.length; k++) {
        const t = (cuts[k] + cuts[k + 1]) / 2;
        const m = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
        if (gridEdges.some(([p, q]) => segmentDistance(m, p, q).d <= tol)) total += (cuts[k + 1] - cuts[k]) * len;
      }
    });
  }
  return total;
}
