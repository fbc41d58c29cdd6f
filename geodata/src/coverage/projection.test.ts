import { describe, expect, it } from 'vitest';
import { equalAreaProjection, ringArea2 } from './projection.ts';

const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const RAD = Math.PI / 180;

/** area of a lon/lat cell on the ellipsoid by Simpson integration of M·N·cosφ (independent of q) */
function cellArea(lat0: number, lat1: number, dLon: number): number {
  const steps = 2000;
  const h = ((lat1 - lat0) * RAD) / steps;
  let s = 0;
  for (let i = 0; i <= steps; i++) {
    const phi = lat0 * RAD + i * h;
    const w = 1 - E2 * Math.sin(phi) ** 2;
    const f = ((A * (1 - E2)) / w ** 1.5) * (A / Math.sqrt(w)) * Math.cos(phi);
    s += f * (i === 0 || i === steps ? 1 : i % 2 ? 4 : 2);
  }
  return ((s * h) / 3) * dLon * RAD;
}

describe('equal-area projection', () => {
  it('gives ellipsoidal areas: a 0.01° cell at Dafang and a 1° cell far from the standard parallel', () => {
    for (const [lat0, lat1, dLon, centreLat] of [
      [27.14, 27.15, 0.01, 27.147],
      [40, 41, 1, 27.147],
    ]) {
      const p = equalAreaProjection(105.6, centreLat);
      const xy: number[] = [];
      for (const [lon, lat] of [[105, lat0], [105 + dLon, lat0], [105 + dLon, lat1], [105, lat1]]) {
        p.forward(lon, lat, xy, xy.length);
      }
      const area = ringArea2(xy) / 2;
      expect(Math.abs(area / cellArea(lat0, lat1, dLon) - 1)).toBeLessThan(1e-9);
    }
  });

  it('is true to scale near its centre, so a millimetre means a millimetre', () => {
    const p = equalAreaProjection(105.606, 27.147);
    const a = [0, 0];
    const b = [0, 0];
    p.forward(105.606, 27.147, a, 0);
    p.forward(105.616, 27.147, b, 0);
    // 0.01° of longitude at 27.147°N: N·cosφ·Δλ
    const phi = 27.147 * RAD;
    const expected = (A / Math.sqrt(1 - E2 * Math.sin(phi) ** 2)) * Math.cos(phi) * 0.01 * RAD;
    expect(Math.abs(b[0] - a[0] - expected)).toBeLessThan(1e-6);
  });

  it('inverts its forward map to well under a millimetre', () => {
    const p = equalAreaProjection(105.606, 27.147);
    const xy = [0, 0];
    for (const [lon, lat] of [[105.6, 27.1], [106.2, 28.3], [104.9, 26.2], [105.606, 27.147]]) {
      p.forward(lon, lat, xy, 0);
      const [lon2, lat2] = p.inverse(xy[0], xy[1]);
      expect(Math.abs(lon2 - lon)).toBeLessThan(1e-11);
      expect(Math.abs(lat2 - lat)).toBeLessThan(1e-11);
    }
  });
});

describe('forwardAll', () => {
  it('matches the exact formula to well under a micrometre over a county-sized range', () => {
    const p = equalAreaProjection(105.606, 27.147);
    const n = 1000;
    const ll = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      ll[2 * i] = 105.2 + (0.8 * i) / n;
      ll[2 * i + 1] = 26.8 + (0.7 * ((i * 7919) % n)) / n;
    }
    const fast = new Float64Array(2 * n);
    p.forwardAll(ll, fast, n, 26.8, 27.5);
    const exact = [0, 0];
    for (let i = 0; i < n; i++) {
      p.forward(ll[2 * i], ll[2 * i + 1], exact, 0);
      expect(Math.abs(fast[2 * i] - exact[0])).toBeLessThan(1e-9);
      expect(Math.abs(fast[2 * i + 1] - exact[1])).toBeLessThan(1e-6);
    }
  });
});
