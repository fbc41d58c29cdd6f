import type { Ingest, IngestedShape } from './ingest.ts';
import type { Welder } from './weld.ts';
import type { FeatureId } from './types.ts';

export const KIND_GRID = 0;
export const KIND_BOUNDARY = 1;
/** a grid with no assigned boundary, when none are assigned at all: it may meet any boundary */
export const GROUP_ANY = -2;
/** a grid with no assigned boundary while others have one: it meets only grids like it */
export const GROUP_NONE = -1;

/**
 * A grid or boundary after welding: rings as vertex ids, outer rings counter-clockwise and holes
 * clockwise in the projected plane, so a shape's inside is always on the left of its edges.
 * Owners are numbered grids first, then boundaries.
 */
export interface Shape {
  kind: typeof KIND_GRID | typeof KIND_BOUNDARY;
  id: FeatureId;
  /** index among grids (or among boundaries) in the input */
  index: number;
  rings: Int32Array[];
  /** for grids: the boundary owner it must lie in, GROUP_ANY or GROUP_NONE; for boundaries: itself */
  group: number;
  bbox: [number, number, number, number];
  areaM2: number;
}

/**
 * Welds a shape's rings into vertex ids and orients them (outer counter-clockwise, holes
 * clockwise). Rings that collapse below three vertices at the weld tolerance are dropped.
 * Ring ids are written into `ids` at the ring's own vertex range, so no ring allocates.
 */
export function weldShape(
  welder: Welder,
  ingest: Ingest,
  xy: Float64Array,
  ids: Int32Array,
  s: IngestedShape,
  kind: Shape['kind'],
  id: FeatureId,
  index: number,
): Shape | null {
  const rings: Int32Array[] = [];
  let area = 0;
  const bbox: Shape['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
  let skipPolygon = false;
  for (let r = s.ringFrom; r < s.ringTo; r++) {
    const outer = ingest.ringOuter[r];
    if (outer) skipPolygon = false;
    else if (skipPolygon) continue;
    const start = ingest.ringStart[r], end = ingest.ringEnd[r];
    let m = start;
    // box and area from the input positions, read in order (they are within the weld tolerance
    // of the welded ones, which would have to be fetched from all over the vertex store)
    let x0 = bbox[0], y0 = bbox[1], x1 = bbox[2], y1 = bbox[3];
    const ox = xy[2 * start], oy = xy[2 * start + 1];
    let px = 0, py = 0, twice = 0;
    for (let i = start; i < end; i++) {
      const x = xy[2 * i], y = xy[2 * i + 1];
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
      const rx = x - ox, ry = y - oy;
      twice += px * ry - rx * py;
      px = rx;
      py = ry;
      const v = welder.weld(x, y, i);
      if (m > start && ids[m - 1] === v) continue;
      ids[m++] = v;
    }
    while (m - start > 1 && ids[start] === ids[m - 1]) m--;
    const ring = ids.subarray(start, m);
    const a = ring.length >= 3 ? twice / 2 : 0;
    if (a === 0) {
      if (outer) skipPolygon = true;
      continue;
    }
    if (outer !== a > 0) ring.reverse();
    rings.push(ring);
    area += outer ? Math.abs(a) : -Math.abs(a);
    bbox[0] = x0;
    bbox[1] = y0;
    bbox[2] = x1;
    bbox[3] = y1;
  }
  if (rings.length === 0) return null;
  return { kind, id, index, rings, group: GROUP_ANY, bbox, areaM2: area };
}

