import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { bd09ToGcj02, gcj02ToBd09 } from './bd09.ts';
import { gcj02ToWgs84, wgs84ToGcj02 } from './gcj02.ts';

/** The coordinate systems of Chinese web maps. Data is stored in WGS84; the others are import/export only. */
export const CRS = {
  /** GPS, OpenStreetMap, Tianditu (天地图, CGCS2000 ≈ WGS84 at this scale), GeoJSON */
  wgs84: 'wgs84',
  /** 高德/AMap, 腾讯/Tencent */
  gcj02: 'gcj02',
  /** 百度/Baidu */
  bd09: 'bd09',
} as const;
export type Crs = (typeof CRS)[keyof typeof CRS];

export function isCrs(v: unknown): v is Crs {
  return typeof v === 'string' && (Object.values(CRS) as string[]).includes(v);
}

const toWgs84: Record<Crs, (p: Position) => Position> = {
  wgs84: (p) => [...p],
  gcj02: gcj02ToWgs84,
  bd09: (p) => gcj02ToWgs84(bd09ToGcj02(p)),
};
const fromWgs84: Record<Crs, (p: Position) => Position> = {
  wgs84: (p) => [...p],
  gcj02: wgs84ToGcj02,
  bd09: (p) => gcj02ToBd09(wgs84ToGcj02(p)),
};

export function convertPosition(p: Position, from: Crs, to: Crs): Position {
  if (from === to) return [...p];
  if (from === CRS.gcj02 && to === CRS.bd09) return gcj02ToBd09(p);
  if (from === CRS.bd09 && to === CRS.gcj02) return bd09ToGcj02(p);
  return fromWgs84[to](toWgs84[from](p));
}

function convertGeometry<G extends Geometry | null>(g: G, f: (p: Position) => Position): G {
  if (!g) return g;
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: f(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...g, coordinates: g.coordinates.map(f) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map((r) => r.map(f)) };
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((x) => convertGeometry(x, f)) };
  }
}

/**
 * Every position of every feature converted from one system to the other; a new collection, the
 * input untouched, bounding boxes dropped (they would be stale). Equal positions convert to equal
 * positions, so grids that shared a vertex still share it bit for bit.
 */
export function convertCollection<G extends Geometry | null, P>(fc: FeatureCollection<G, P>, from: Crs, to: Crs): FeatureCollection<G, P> {
  const f = (p: Position) => convertPosition(p, from, to);
  const features = fc.features.map(({ bbox: _bbox, ...feature }): Feature<G, P> => ({ ...feature, geometry: convertGeometry(feature.geometry, f) }));
  const { bbox: _drop, ...rest } = fc;
  return { ...rest, features };
}
