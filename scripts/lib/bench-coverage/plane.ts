/**
 * The generator's own plane: metres east/north of Dafang, mapped to WGS84 by Lambert's cylindrical
 * equal-area projection on the ellipsoid (written here independently of geodata's). Equal-area
 * means an area measured in this plane is the polygon's area on the ellipsoid, so the recorded
 * defect areas are the truth the checker is held to.
 */
export const DAFANG_LON = 105.606;
export const DAFANG_LAT = 27.147;

const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
const D = Math.PI / 180;

function authalicQ(phi: number): number {
  const s = Math.sin(phi);
  return (1 - E2) * (s / (1 - E2 * s * s) + (1 / (2 * E)) * Math.log((1 + E * s) / (1 - E * s)));
}

export function planeToLonLat(originLon = DAFANG_LON, originLat = DAFANG_LAT): (x: number, y: number) => [number, number] {
  const phi0 = originLat * D;
  const k0 = Math.cos(phi0) / Math.sqrt(1 - E2 * Math.sin(phi0) ** 2);
  const q0 = authalicQ(phi0);
  return (x, y) => {
    const q = q0 + (2 * k0 * y) / A;
    let phi = phi0 + y / A;
    for (let i = 0; i < 8; i++) {
      const s = Math.sin(phi);
      const w = 1 - E2 * s * s;
      const dq = (2 * (1 - E2) * Math.cos(phi)) / (w * w);
      const step = (q - authalicQ(phi)) / dq;
      phi += step;
      if (Math.abs(step) < 1e-16) break;
    }
    return [originLon + x / (A * k0) / D, phi / D];
  };
}

export function shoelace(pts: { x: number; y: number }[]): number {
  let s = 0;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) s += pts[j].x * pts[i].y - pts[i].x * pts[j].y;
  return s / 2;
}
