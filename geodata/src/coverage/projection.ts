/**
 * A local equal-area projection: Lambert's cylindrical equal-area on the WGS84 ellipsoid, with its
 * standard parallel through the data. Planar areas in it are ellipsoidal areas (exactly, for the
 * polygon whose edges are straight in the projection), and near the standard parallel it is
 * conformal to a few parts in 10⁷ over a county, so a tolerance in metres means the same on the
 * ground. Cylindrical equal-area maps with different standard parallels differ only by an affine
 * scaling, so a straight edge here is straight in any of them.
 */
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
const RAD = Math.PI / 180;

/** the authalic function q(φ) (Snyder 3-12) */
function q(sinPhi: number): number {
  const es = E * sinPhi;
  return (1 - E2) * (sinPhi / (1 - E2 * sinPhi * sinPhi) - (1 / (2 * E)) * Math.log((1 - es) / (1 + es)));
}

export interface Projection {
  readonly lon0: number;
  readonly lat0: number;
  /** [lon, lat] in degrees → metres east/north of (lon0, lat0) */
  forward(lon: number, lat: number, out: Float64Array | number[], at: number): void;
  /** metres → [lon, lat] */
  inverse(x: number, y: number): [number, number];
}

export function equalAreaProjection(lon0: number, lat0: number): Projection {
  const sin0 = Math.sin(lat0 * RAD);
  const k0 = Math.cos(lat0 * RAD) / Math.sqrt(1 - E2 * sin0 * sin0);
  const ax = A * k0 * RAD;
  const ay = A / (2 * k0);
  const y0 = ay * q(sin0);
  return {
    lon0,
    lat0,
    forward(lon, lat, out, at) {
      out[at] = ax * (lon - lon0);
      out[at + 1] = ay * q(Math.sin(lat * RAD)) - y0;
    },
    inverse(x, y) {
      const target = (y + y0) / ay;
      // Newton on q(φ) = target (Snyder 3-16); q'(φ) = 2(1-e²)cosφ / (1-e²sin²φ)²
      let phi = Math.asin(Math.max(-1, Math.min(1, target / q(1))));
      for (let i = 0; i < 6; i++) {
        const s = Math.sin(phi);
        const c = Math.cos(phi);
        if (c < 1e-12) break;
        const w = 1 - E2 * s * s;
        const step = ((target - q(s)) * w * w) / (2 * (1 - E2) * c);
        phi += step;
        if (Math.abs(step) < 1e-15) break;
      }
      return [lon0 + x / ax, phi / RAD];
    },
  };
}

/** Twice the signed area of a closed ring given as flat [x0, y0, x1, y1, …] (no repeated end). */
export function ringArea2(xy: ArrayLike<number>, start = 0, end = xy.length): number {
  let s = 0;
  const n = end - start;
  if (n < 6) return 0;
  let px = xy[end - 2];
  let py = xy[end - 1];
  for (let i = start; i < end; i += 2) {
    const x = xy[i];
    const y = xy[i + 1];
    s += (px - x) * (py + y);
    px = x;
    py = y;
  }
  return s;
}
