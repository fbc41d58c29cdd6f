import type { Position } from 'geojson';

/**
 * WGS84 ⇄ GCJ-02 (国测局 "Mars" coordinates, used by 高德/AMap, 腾讯/Tencent and Google's China
 * tiles): the public reconstruction of the obfuscation, on the Krasovsky 1940 ellipsoid, applied
 * inside a box around China only. The inverse has no closed form; it is found by fixed-point
 * iteration (the offset changes by under 1e-4 per degree, so each step gains ~4 digits).
 */
const A = 6378245.0;
const EE = 0.00669342162296594323;
const RAD = Math.PI / 180;

/** The rough box the algorithm uses for "in China"; outside it GCJ-02 is WGS84. */
export function outOfChina(lon: number, lat: number): boolean {
  return !(lon > 72.004 && lon < 137.8347 && lat > 0.8293 && lat < 55.8271);
}

function offsetLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function offsetLon(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

/** [lon, lat] WGS84 → GCJ-02 (other members of the position, such as altitude, kept). */
export function wgs84ToGcj02(p: Position): Position {
  const [lon, lat] = p;
  if (outOfChina(lon, lat)) return [...p];
  const x = lon - 105.0;
  const y = lat - 35.0;
  const radLat = lat * RAD;
  const s = Math.sin(radLat);
  const magic = 1 - EE * s * s;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (offsetLat(x, y) * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLon = (offsetLon(x, y) * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat, ...p.slice(2)];
}

/** [lon, lat] GCJ-02 → WGS84, iterated until it maps back to within 1e-12° (far below 1e-7°). */
export function gcj02ToWgs84(p: Position): Position {
  const [lon, lat] = p;
  if (outOfChina(lon, lat)) return [...p];
  let x = lon;
  let y = lat;
  for (let i = 0; i < 30; i++) {
    const [gx, gy] = wgs84ToGcj02([x, y]);
    const dx = gx - lon;
    const dy = gy - lat;
    x -= dx;
    y -= dy;
    if (Math.abs(dx) < 1e-12 && Math.abs(dy) < 1e-12) break;
  }
  return [x, y, ...p.slice(2)];
}
