/**
 * Local metres ↔ WGS84 around a town's centre. A town is a few km across, so an equirectangular
 * projection with WGS84 ellipsoid scale factors at the centre's latitude is accurate to well
 * under a metre; being affine, it keeps shared vertices shared and centroids where they were.
 */
import type { Position } from 'geojson';

const A = 6378137;
const E2 = 0.00669437999014;

export type XY = [number, number];

export interface Projection {
  toLonLat(p: XY): Position;
  toMetres(p: Position): XY;
}

export function localProjection(lon0: number, lat0: number, scale = 1): Projection {
  const phi = (lat0 * Math.PI) / 180;
  const w = Math.sqrt(1 - E2 * Math.sin(phi) ** 2);
  const perDegLon = ((Math.PI / 180) * A * Math.cos(phi)) / w;
  const perDegLat = ((Math.PI / 180) * A * (1 - E2)) / w ** 3;
  return {
    toLonLat: ([x, y]) => [round7(lon0 + (x * scale) / perDegLon), round7(lat0 + (y * scale) / perDegLat)],
    toMetres: ([lon, lat]) => [((lon - lon0) * perDegLon) / scale, ((lat - lat0) * perDegLat) / scale],
  };
}

/** 7 decimals is about 1 cm: finer than any survey of these boundaries. */
export const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;
