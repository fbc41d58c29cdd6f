import type { FeatureCollection, Polygon } from 'geojson';
import Flatbush from 'flatbush';
import initGeosJs from 'geos-wasm';
import { MIN_AREA_M2, type Found } from '../found.ts';

type Geos = Awaited<ReturnType<typeof initGeosJs>>;
let geosPromise: Promise<Geos> | null = null;
export function loadGeos(): Promise<Geos> {
  geosPromise ??= initGeosJs();
  return geosPromise;
}

export const name = 'GEOS';

export interface GeosTimes {
  /** build geometries + GEOSCoverageIsValid + pairwise intersection where it flags edges */
  validityAndOverlapsMs: number;
  /** + gaps: boundary minus the union of all grids */
  totalMs: number;
}

/**
 * GEOS (geos-wasm) the way one would use it for this: GEOSCoverageIsValid finds the polygons with
 * bad edges; each of those is intersected with its neighbours (envelopes from a flatbush index) for
 * the overlaps; the boundary minus the union of all grids gives the gaps.
 */
export async function run(grids: FeatureCollection<Polygon>, boundary: FeatureCollection<Polygon>): Promise<{ found: Found; times: GeosTimes }> {
  const geos = await loadGeos();
  const M = geos.Module;
  const t0 = performance.now();
  const ring = (pts: number[][]) => {
    const flat = new Float64Array(pts.length * 2);
    for (let i = 0; i < pts.length; i++) {
      flat[2 * i] = pts[i][0];
      flat[2 * i + 1] = pts[i][1];
    }
    const p = M._malloc(flat.length * 8);
    M.HEAPF64.set(flat, p / 8);
    const seq = geos.GEOSCoordSeq_copyFromBuffer(p, pts.length, 0, 0);
    M._free(p);
    return geos.GEOSGeom_createLinearRing(seq);
  };
  const polygon = (rings: number[][][]) => {
    const holes = rings.slice(1).map(ring);
    const hp = holes.length ? M._malloc(4 * holes.length) : 0;
    if (holes.length) M.HEAPU32.set(holes, hp / 4);
    const g = geos.GEOSGeom_createPolygon(ring(rings[0]), hp, holes.length);
    if (hp) M._free(hp);
    return g;
  };
  const n = grids.features.length;
  const parts = grids.features.map((f) => polygon(f.geometry.coordinates));
  const arr = M._malloc(4 * n);
  M.HEAPU32.set(parts, arr / 4);
  const coll = geos.GEOSGeom_createCollection(7, arr, n);
  M._free(arr);
  const outPtr = M._malloc(4);
  geos.GEOSCoverageIsValid(coll, 0, outPtr);
  const edges = M.HEAPU32[outPtr / 4];
  const flagged: number[] = [];
  if (edges) {
    for (let i = 0; i < n; i++) if (!geos.GEOSisEmpty(geos.GEOSGetGeometryN(edges, i))) flagged.push(i);
    geos.GEOSGeom_destroy(edges);
  }
  const index = new Flatbush(n);
  for (const f of grids.features) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const [x, y] of f.geometry.coordinates[0]) {
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
    index.add(x0, y0, x1, y1);
  }
  index.finish();
  const areaPtr = M._malloc(8);
  const area = (g: number) => {
    geos.GEOSArea(g, areaPtr);
    return M.HEAPF64[areaPtr / 8];
  };
  const found: Found = { overlaps: [], gaps: [], rawPieces: 0 };
  const isFlagged = new Uint8Array(n);
  for (const i of flagged) isFlagged[i] = 1;
  const ids = grids.features.map((f) => String(f.properties?.id));
  for (const i of flagged) {
    const gi = geos.GEOSGetGeometryN(coll, i);
    const f = grids.features[i].geometry.coordinates[0];
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const [x, y] of f) {
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
    for (const j of index.search(x0, y0, x1, y1)) {
      if (j === i || (isFlagged[j] && j < i)) continue;
      const x = geos.GEOSIntersection(gi, geos.GEOSGetGeometryN(coll, j));
      const a = x ? area(x) : 0;
      if (x) geos.GEOSGeom_destroy(x);
      if (a > 0) found.rawPieces++;
      if (a >= MIN_AREA_M2) found.overlaps.push({ grids: [ids[i], ids[j]].sort() as [string, string], areaM2: a });
    }
  }
  const t1 = performance.now();
  const union = geos.GEOSUnaryUnion(coll);
  const town = polygon(boundary.features[0].geometry.coordinates);
  const diff = geos.GEOSDifference(town, union);
  const nd = geos.GEOSGetNumGeometries(diff);
  for (let k = 0; k < nd; k++) {
    const a = area(geos.GEOSGetGeometryN(diff, k));
    if (a > 0) found.rawPieces++;
    if (a >= MIN_AREA_M2) found.gaps.push({ areaM2: a });
  }
  const t2 = performance.now();
  for (const g of [diff, town, union, coll]) geos.GEOSGeom_destroy(g);
  M._free(areaPtr);
  M._free(outPtr);
  return { found, times: { validityAndOverlapsMs: t1 - t0, totalMs: t2 - t0 } };
}
