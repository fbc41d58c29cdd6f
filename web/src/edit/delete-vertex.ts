import type { MultiPolygon, Polygon, Position } from 'geojson';
import { EDIT_ERRORS, VERTEX_TOLERANCE_DEG } from '@wangge/geodata';
import { LOCAL_EDIT_ERRORS, type EditGrid, type GridChange, type Refusal } from './types.ts';

export type DeleteResult = { ok: true; change: GridChange } | { ok: false; error: Refusal };

const same = (p: Position, q: Position, tol: number) => Math.abs(p[0] - q[0]) <= tol && Math.abs(p[1] - q[1]) <= tol;
const key = (p: Position) => `${p[0]},${p[1]}`;

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * Removes the vertex at `at` from every grid that has it. Where two grids share the vertex along
 * their common border, both drop it, so the border stays one line. A vertex where borders meet
 * (its neighbours along the ring differ between grids) cannot go without opening a gap, and a
 * ring left with fewer than three vertices is no polygon: both are refused.
 */
export function deleteVertex(grids: readonly EditGrid[], at: Position, tol = VERTEX_TOLERANCE_DEG): DeleteResult {
  const pairs = new Set<string>();
  const put: EditGrid[] = [];
  for (const g of grids) {
    let touched = false;
    const polys = polygonsOf(g.geometry).map((rings) =>
      rings.map((closed) => {
        const ring = closed.slice(0, -1);
        const keep = ring.filter((p, i) => {
          if (!same(p, at, tol)) return true;
          const prev = ring[(i + ring.length - 1) % ring.length];
          const next = ring[(i + 1) % ring.length];
          pairs.add([key(prev), key(next)].sort().join('|'));
          return false;
        });
        if (keep.length === ring.length) return closed;
        touched = true;
        return [...keep, keep[0]];
      }),
    );
    if (!touched) continue;
    if (polys.some((rings) => rings.some((r) => r.length < 4))) {
      return { ok: false, error: { code: EDIT_ERRORS.degenerate, message: `grid ${g.properties.id} would have fewer than three vertices`, grids: [g.properties.id] } };
    }
    const geometry: Polygon | MultiPolygon = g.geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
    put.push({ ...g, geometry });
  }
  if (put.length === 0) return { ok: false, error: { code: EDIT_ERRORS.noVertex, message: 'no grid has a vertex there' } };
  if (pairs.size > 1) {
    const ids = put.map((g) => g.properties.id);
    return { ok: false, error: { code: LOCAL_EDIT_ERRORS.junction, message: `the vertex joins the borders of ${ids.join(', ')}`, grids: ids } };
  }
  return { ok: true, change: { put, delete: [] } };
}
