import type { MultiPolygon, Polygon } from 'geojson';
import { Drafts } from './drafts.ts';
import { dissolve } from './dissolve.ts';
import { areaM2 } from './measure.ts';
import { nodeAround, nodeWithNeighbours } from './node.ts';
import { planeAt } from './plane.ts';
import { bboxOf, openPolygons } from './rings.ts';
import { findSelfIntersection } from './simple.ts';
import { giveAwaySlivers, splitSlivers, type SliverMove } from './slivers.ts';
import { EDIT_ERRORS, NODE_TOLERANCE_M, refuse, type ChangeSet, type EditError, type EditFeature } from './types.ts';

export interface FixOverlapOptions {
  /** positions this close (metres) are one vertex (default 1 mm, as the coverage check welds) */
  toleranceM?: number;
}

export type FixOverlapResult<F extends EditFeature> =
  | { ok: true; change: ChangeSet<F>; removedM2: number; slivers: SliverMove[] }
  | { ok: false; error: EditError };

/**
 * Removes an overlap (an item of the coverage check's `overlaps`) from the grid the planner picked;
 * the other grid keeps it. The new vertices go into the neighbours too, and every grid around the
 * overlap is noded with the others there, so the grid that kept it and any third grid that bordered
 * the cut part meet vertex for vertex. A grid that lay wholly inside the overlap is deleted. A thin
 * or tiny piece the cut splits off (a sliver) goes to the neighbour it borders most.
 * Returns the change to preview before it is applied.
 */
export function fixOverlap<F extends EditFeature>(
  grids: readonly F[],
  overlap: { geometry: Polygon | MultiPolygon },
  from: string,
  options: FixOverlapOptions = {},
): FixOverlapResult<F> {
  const tol = options.toleranceM ?? NODE_TOLERANCE_M;
  const drafts = new Drafts(grids);
  const g = drafts.indexOf(from);
  if (g < 0) return refuse(EDIT_ERRORS.unknownGrid, `there is no grid ${from}`, { grids: [from] });
  const cut = openPolygons(overlap.geometry);
  const own = drafts.polys(g);
  const plane = planeAt(cut[0][0][0]);
  const removed = areaM2(cut, plane);
  const { polygons } = dissolve([{ polys: own }, { polys: cut, reverse: true }], plane, tol);
  const expected = areaM2(own, plane) - removed;
  if (Math.abs(areaM2(polygons, plane) - expected) > 1e-6 * areaM2(own, plane) + 0.01 || findSelfIntersection(polygons, plane)) {
    return refuse(EDIT_ERRORS.notInGrid, `the overlap does not lie in grid ${from}`, { grids: [from] });
  }
  if (polygons.length === 0) return { ok: true, change: drafts.change([], [drafts.ids[g]]), removedM2: removed, slivers: [] };
  const { keep, slivers } = splitSlivers(polygons, plane);
  // the grid takes its new shape first, so a sliver's new owner is noded against it
  const w = drafts.write(g);
  w.splice(0, w.length, ...keep);
  const { moved, stay } = giveAwaySlivers(drafts, g, slivers, plane, tol);
  const noded = nodeWithNeighbours(drafts, g, [...keep, ...stay], plane, tol);
  w.splice(0, w.length, ...noded);
  nodeAround(drafts, bboxOf(cut), plane, tol);
  return { ok: true, change: drafts.change(), removedM2: removed, slivers: moved };
}
