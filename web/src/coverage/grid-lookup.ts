import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geometryBBox, type BBox } from '@wangge/geodata';

type GridLike = Feature<Polygon | MultiPolygon, { id: string; code?: string; name?: string }>;

/** Id → code and box of a set of grids (stored or being edited), for the defect list's labels and zooms. */
export interface GridLookup {
  code: (id: string) => string;
  bbox: (id: string) => BBox | null;
}

const cache = new WeakMap<readonly GridLike[], GridLookup>();

export function gridLookup(grids: readonly GridLike[]): GridLookup {
  let known = cache.get(grids);
  if (known) return known;
  const byId = new Map(grids.map((g) => [g.properties.id, g]));
  known = {
    code: (id) => byId.get(id)?.properties.code ?? id,
    bbox: (id) => {
      const g = byId.get(id);
      return g ? geometryBBox(g.geometry) : null;
    },
  };
  cache.set(grids, known);
  return known;
}
