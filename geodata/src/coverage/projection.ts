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
  /**
   * Projects n flat [lon, lat] pairs into `out`. Within [latMin, latMax] the northing comes from a
   * Chebyshev fit of the exact formula, checked to 1e-7 m when built; elsewhere, the exact formula.
   */
  forwardAll(ll: Float64Array, out: Float64Array, n: number, latMin: number, latMax: number): void;
}

/**
 * Chebyshev coefficients of f on [a, b] (degree d, from d + 1 nodes), or null when the fit is
 * off by more than `tolerance` anywhere it was tested.
 */
function chebyshevFit(f: (x: number) => number, a: number, b: number, d: number, tolerance: number): Float64Array | null {
  const m = d + 1;
  const values = new Float64Array(m);
  for (let k = 0; k < m; k++) values[k] = f((a + b) / 2 + ((b - a) / 2) * Math.cos((Math.PI * (k + 0.5)) / m));
  const c = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let s = 0;
    for (let k = 0; k < m; k++) s += values[k] * Math.cos((Math.PI * j * (k + 0.5)) / m);
    c[j] = (2 / m) * s;
  }
  c[0] /= 2;
  for (let i = 0; i <= 64; i++) {
    const x = a + ((b - a) * i) / 64;
    if (Math.abs(clenshaw(c, (2 * x - a - b) / (b - a)) - f(x)) > tolerance) return null;
  }
  return c;
}

function clenshaw(c: Float64Array, t: number): number {
  let b1 = 0;
  let b2 = 0;
  for (let j = c.length - 1; j >= 1; j--) {
    const b0 = 2 * t * b1 - b2 + c[j];
    b2 = b1;
    b1 = b0;
  }
  return t * b1 - b2 + c[0];
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
    forwardAll(ll, out, n, latMin, latMax) {
      const northing = (lat: number) => ay * q(Math.sin(lat * RAD)) - y0;
      let c: Float64Array | null = null;
      if (latMax > latMin && latMax - latMin <= 10) {
        for (let d = 8; d <= 20 && !c; d += 4) c = chebyshevFit(northing, latMin, latMax, d, 1e-7);
      }
      const scale = 2 / (latMax - latMin);
      const shift = -(latMax + latMin) / (latMax - latMin);
      for (let i = 0; i < n; i++) {
        const lon = ll[2 * i];
        const lat = ll[2 * i + 1];
        out[2 * i] = ax * (lon - lon0);
        if (c && lat >= latMin && lat <= latMax) {
          const t = lat * scale + shift;
          let b1 = 0;
          let b2 = 0;
          for (let j = c.length - 1; j >= 1; j--) {
            const b0 = 2 * t * b1 - b2 + c[j];
            b2 = b1;
            b1 = b0;
          }
          out[2 * i + 1] = t * b1 - b2 + c[0];
        } else out[2 * i + 1] = northing(lat);
      }
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
