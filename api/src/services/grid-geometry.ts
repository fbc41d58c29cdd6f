import { MAX_EDGE_CROWDING, MAX_GRID_VERTICES, MAX_SAVE_VERTICES, checkGridGeometry, checkSaveSize, countVertices } from '@wangge/geodata';
import type { MultiPolygon, Polygon } from 'geojson';
import { badRequest } from '../http/errors.ts';

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
