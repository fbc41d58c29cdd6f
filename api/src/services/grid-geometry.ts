import { MAX_EDGE_CROWDING, MAX_GRID_VERTICES, MAX_SAVE_VERTICES, checkGridGeometry, checkSaveSize, countVertices, maxBodyBrackets } from '@wangge/geodata';
import type { MultiPolygon, Polygon } from 'geojson';
import { badRequest } from '../http/errors.ts';
import type { BracketLimit } from '../http/read-body.ts';

/**
 * The geometry a grid may take, as it is to be stored: the sanitised copy of a valid Polygon or
 * MultiPolygon within the size and density limits, or a 400 naming what is wrong
 * (bad_geometry, too_many_vertices, too_dense) with the figures the web words it from.
 */
export function validGridGeometry(id: string, geometry: unknown): Polygon | MultiPolygon {
  const checked = checkGridGeometry(id, geometry);
  if (checked.ok) return checked.geometry;
  const details =
    checked.code === 'too_many_vertices'
      ? { grid: id, vertices: countVertices(geometry), max: MAX_GRID_VERTICES }
      : checked.code === 'too_dense'
        ? { grid: id, max: MAX_EDGE_CROWDING }
        : { grid: id };
  throw badRequest(checked.message, checked.code, details);
}

/** One save's geometries together against the per-save vertex cap, before any is read. */
export function refuseOversizedSave(items: readonly { id: string; geometry: unknown }[]): void {
  const size = checkSaveSize(items);
  if (!size.ok) throw badRequest(size.message, size.code, { vertices: items.reduce((n, it) => n + countVertices(it.geometry), 0), max: MAX_SAVE_VERTICES, grids: items.length });
}

/**
 * For reading a save's body: one grid's (PUT) or a batch's vertex cap, checked on the '[' count as
 * the body comes in, so a body far over the cap (a 50,000-vertex grid, a million-vertex circle) is
 * refused before it is parsed.
 */
export function saveBodyBrackets(geometries: 'one' | 'many'): BracketLimit {
  const max = geometries === 'one' ? MAX_GRID_VERTICES : MAX_SAVE_VERTICES;
  return {
    max: maxBodyBrackets(max, geometries),
    refuse: () => badRequest(`this save has more than ${max} vertices, the most ${geometries === 'one' ? 'a grid' : 'one save'} may have (simplify the boundary, split the grid or save fewer grids at a time)`, 'too_many_vertices', { max, body: true }),
  };
}
