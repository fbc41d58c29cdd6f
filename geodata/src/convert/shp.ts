import type { MultiPolygon, Polygon, Position } from 'geojson';
import { CONVERT_ERRORS, ConvertError } from './types.ts';

/**
 * The geometry files of a Shapefile (.shp and its index .shx), polygons only. Shapefile rings run
 * clockwise for shells and counter-clockwise for holes, GeoJSON's the other way (RFC 7946), so
 * every ring is reversed each way — which keeps its first vertex and gives back the same order.
 */
const SHAPE_NAMES: Record<number, string> = {
  1: 'points', 3: 'lines', 8: 'multipoints', 11: 'points', 13: 'lines', 18: 'multipoints',
  21: 'points', 23: 'lines', 28: 'multipoints', 31: 'multipatches',
};
const POLYGON_TYPES = new Set([5, 15, 25]);

function fail(message: string): never {
  throw new ConvertError(CONVERT_ERRORS.malformed, `the .shp file ${message}`);
}

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

function inside(p: Position, ring: Position[]): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

/** Clockwise rings are shells, counter-clockwise rings holes of the smallest shell around them. */
function assemble(rings: Position[][]): Position[][][] {
  const shells: { ring: Position[]; area: number; holes: Position[][] }[] = [];
  const holes: Position[][] = [];
  for (const r of rings) {
    const a = signedArea(r);
    if (a < 0) shells.push({ ring: r.slice().reverse(), area: -a, holes: [] });
    else if (a > 0) holes.push(r);
  }
  for (const h of holes) {
    const owner = shells.filter((s) => h.some((p) => inside(p, s.ring))).sort((x, y) => x.area - y.area)[0];
    if (owner) owner.holes.push(h.slice().reverse());
    else shells.push({ ring: h, area: signedArea(h), holes: [] });
  }
  return shells.map((s) => [s.ring, ...s.holes]);
}

export interface ShpRecord {
  /** null for a null shape */
  geometry: Polygon | MultiPolygon | null;
}

export function readShp(bytes: Uint8Array): ShpRecord[] {
  if (bytes.length < 100) fail('is too short to be a Shapefile');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt32(0, false) !== 9994) fail('is not a Shapefile (wrong file code)');
  const type = view.getInt32(32, true);
  if (type !== 0 && !POLYGON_TYPES.has(type)) {
    throw new ConvertError(CONVERT_ERRORS.notPolygon, `the Shapefile holds ${SHAPE_NAMES[type] ?? `shapes of type ${type}`}; grids must be polygons`);
  }
  const end = Math.min(bytes.length, view.getInt32(24, false) * 2);
  const out: ShpRecord[] = [];
  for (let at = 100; at + 8 <= end; ) {
    const n = view.getInt32(at, false);
    const length = view.getInt32(at + 4, false) * 2;
    const start = at + 8;
    if (length < 4 || start + length > bytes.length) fail(`is cut short in record ${n}`);
    out.push({ geometry: readPolygon(view, start, length, n) });
    at = start + length;
  }
  return out;
}

function readPolygon(view: DataView, at: number, length: number, n: number): Polygon | MultiPolygon | null {
  const type = view.getInt32(at, true);
  if (type === 0) return null;
  if (!POLYGON_TYPES.has(type)) throw new ConvertError(CONVERT_ERRORS.notPolygon, `record ${n} of the Shapefile holds ${SHAPE_NAMES[type] ?? `a shape of type ${type}`}; grids must be polygons`);
  if (length < 44) fail(`has a damaged record ${n}`);
  const parts = view.getInt32(at + 36, true);
  const points = view.getInt32(at + 40, true);
  const xy = at + 44 + 4 * parts;
  if (parts < 1 || points < 0 || xy + 16 * points > at + length) fail(`has a damaged record ${n}`);
  const starts = Array.from({ length: parts }, (_, k) => view.getInt32(at + 44 + 4 * k, true));
  if (starts.some((s, k) => s < 0 || s >= points || (k > 0 && s <= starts[k - 1]))) fail(`has damaged part offsets in record ${n}`);
  const rings = starts.map((s, k) => {
    const e = k + 1 < parts ? starts[k + 1] : points;
    const ring: Position[] = [];
    for (let i = s; i < e; i++) ring.push([view.getFloat64(xy + 16 * i, true), view.getFloat64(xy + 16 * i + 8, true)]);
    const [f, l] = [ring[0], ring[ring.length - 1]];
    if (f[0] !== l[0] || f[1] !== l[1]) ring.push([f[0], f[1]]);
    return ring;
  });
  const polys = assemble(rings);
  if (polys.length === 0) fail(`has a record (${n}) with no area`);
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

/** Shapefile rings for a geometry: shells clockwise, holes counter-clockwise, whatever they were. */
function shpRings(g: Polygon | MultiPolygon): Position[][] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.flatMap((rings) => rings.map((r, k) => ((signedArea(r) < 0) === (k === 0) ? r : r.slice().reverse())));
}

function writeHeader(view: DataView, words: number, box: number[]): void {
  view.setInt32(0, 9994, false);
  view.setInt32(24, words, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, 5, true);
  box.forEach((v, k) => view.setFloat64(36 + 8 * k, v, true));
}

export function writeShp(geometries: (Polygon | MultiPolygon)[]): { shp: Uint8Array; shx: Uint8Array } {
  const records = geometries.map(shpRings);
  const sizes = records.map((rings) => 44 + 4 * rings.length + 16 * rings.reduce((s, r) => s + r.length, 0));
  const shpLength = 100 + sizes.reduce((s, n) => s + 8 + n, 0);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * records.length);
  const sv = new DataView(shp.buffer);
  const xv = new DataView(shx.buffer);
  const all = [Infinity, Infinity, -Infinity, -Infinity];
  let at = 100;
  records.forEach((rings, i) => {
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const r of rings) for (const [x, y] of r) [box[0], box[1], box[2], box[3]] = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
    for (let k = 0; k < 4; k++) all[k] = k < 2 ? Math.min(all[k], box[k]) : Math.max(all[k], box[k]);
    xv.setInt32(100 + 8 * i, at / 2, false);
    xv.setInt32(104 + 8 * i, sizes[i] / 2, false);
    sv.setInt32(at, i + 1, false);
    sv.setInt32(at + 4, sizes[i] / 2, false);
    const c = at + 8;
    sv.setInt32(c, 5, true);
    box.forEach((v, k) => sv.setFloat64(c + 4 + 8 * k, v, true));
    sv.setInt32(c + 36, rings.length, true);
    sv.setInt32(c + 40, rings.reduce((s, r) => s + r.length, 0), true);
    let point = 0;
    rings.forEach((r, k) => {
      sv.setInt32(c + 44 + 4 * k, point, true);
      point += r.length;
    });
    let p = c + 44 + 4 * rings.length;
    for (const r of rings) {
      for (const [x, y] of r) {
        sv.setFloat64(p, x, true);
        sv.setFloat64(p + 8, y, true);
        p += 16;
      }
    }
    at = c + sizes[i];
  });
  const box = records.length > 0 ? all : [0, 0, 0, 0];
  writeHeader(sv, shpLength / 2, [...box, 0, 0, 0, 0]);
  writeHeader(xv, shx.length / 2, [...box, 0, 0, 0, 0]);
  return { shp, shx };
}
