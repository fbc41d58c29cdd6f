import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, outOfChina, wgs84ToGcj02 } from './gcj02.ts';

/**
 * Reference pairs published with wandergis/coordtransform (test/app.js), the widely used JS
 * implementation, for the input (116.404, 39.915) in Beijing.
 */
const BEIJING = [116.404, 39.915];

const metresApart = (p: number[], q: number[]) => {
  const lat = ((p[1] + q[1]) / 2) * (Math.PI / 180);
  return Math.hypot((p[0] - q[0]) * 111320 * Math.cos(lat), (p[1] - q[1]) * 110574);
};

describe('WGS84 → GCJ-02', () => {
  it('matches the published pair', () => {
    const [lon, lat] = wgs84ToGcj02(BEIJING);
    expect(lon).toBeCloseTo(116.41024449916938, 12);
    expect(lat).toBeCloseTo(39.91640428150164, 12);
  });

  it('shifts Dafang by a few hundred metres, north-east to south-east as GCJ-02 does in the south-west', () => {
    const dafang = [105.606, 27.147];
    const g = wgs84ToGcj02(dafang);
    const east = (g[0] - dafang[0]) * 111320 * Math.cos((27.147 * Math.PI) / 180);
    const north = (g[1] - dafang[1]) * 110574;
    // GCJ-02 offsets are 100–700 m across China; here about 320 m east and 400 m south
    expect(east).toBeGreaterThan(250);
    expect(east).toBeLessThan(400);
    expect(north).toBeLessThan(-300);
    expect(north).toBeGreaterThan(-450);
  });

  it('leaves positions outside China alone, and keeps altitude', () => {
    expect(outOfChina(139.6917, 35.6895)).toBe(true);
    expect(wgs84ToGcj02([139.6917, 35.6895])).toEqual([139.6917, 35.6895]);
    expect(wgs84ToGcj02([-0.1276, 51.5072, 11])).toEqual([-0.1276, 51.5072, 11]);
    expect(wgs84ToGcj02([105.606, 27.147, 1500])[2]).toBe(1500);
  });
});

describe('GCJ-02 → WGS84', () => {
  it('agrees with the published one-step approximation to its own accuracy (~1e-6°)', () => {
    const w = gcj02ToWgs84(BEIJING);
    expect(Math.abs(w[0] - 116.39775550083061)).toBeLessThan(2e-6);
    expect(Math.abs(w[1] - 39.91359571849836)).toBeLessThan(2e-6);
  });

  it('is the inverse to far below 1e-7° across China', () => {
    for (let lon = 74; lon <= 134; lon += 6.5) {
      for (let lat = 18; lat <= 53; lat += 3.5) {
        const there = wgs84ToGcj02([lon, lat]);
        const back = gcj02ToWgs84(there);
        expect(Math.abs(back[0] - lon)).toBeLessThan(1e-9);
        expect(Math.abs(back[1] - lat)).toBeLessThan(1e-9);
        expect(metresApart(there, [lon, lat])).toBeLessThan(1000);
      }
    }
  });
});
