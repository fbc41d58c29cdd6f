import { applyChange, composeChanges, geometryBBox, insertSnapped, snapPosition } from '@wangge/geodata';
import type { EditGrid, GridChange } from './types.ts';

/** A drawn vertex this close (metres) to a neighbour's edge lies on it: the snap put it there. */
const ON_EDGE_M = 0.01;

const positionsOf = (g: EditGrid) => (g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates).flat(1).flatMap((r) => r.slice(0, -1));

/**
 * After a grid is drawn, puts each vertex that landed on a neighbour's edge into that neighbour,
 * and each neighbour vertex that lies on the new grid's edges into the new grid: the shared
 * border then has the same vertices on both sides, with no T-junction. Returns the extra change.
 */
export function nodeNewGrid(grids: readonly EditGrid[], id: string): GridChange {
  let work = grids;
  let change: GridChange = { put: [], delete: [] };
  const add = (next: GridChange) => {
    work = applyChange(work, next);
    change = composeChanges(change, next);
  };
  const fresh = () => work.find((g) => g.properties.id === id)!;
  for (const v of positionsOf(fresh())) {
    const snap = snapPosition(work, v, { toleranceM: ON_EDGE_M, exclude: [id] });
    if (snap?.kind !== 'edge') continue;
    const r = insertSnapped(work, snap);
    if (r.ok) add(r.change);
  }
  const box = geometryBBox(fresh().geometry);
  for (const g of work) {
    if (g.properties.id === id) continue;
    for (const q of positionsOf(g)) {
      if (q[0] < box[0] || q[0] > box[2] || q[1] < box[1] || q[1] > box[3]) continue;
      const snap = snapPosition([fresh()], q, { toleranceM: ON_EDGE_M });
      if (snap?.kind !== 'edge') continue;
      const r = insertSnapped(work, { ...snap, position: [q[0], q[1]] });
      if (r.ok) add(r.change);
    }
  }
  return change;
}
