import { describe, expect, it } from 'vitest';
import { bd09ToGcj02, gcj02ToBd09 } from './bd09.ts';

/** Published with wandergis/coordtransform (test/app.js) for the input (116.404, 39.915). */
describe('GCJ-02 ⇄ BD-09', () => {
  it('matches the published forward pair', () => {
    const [lon, lat] = gcj02ToBd09([116.404, 39.915]);
    expect(lon).toBeCloseTo(116.41036949371029, 12);
    expect(lat).toBeCloseTo(39.92133699351021, 12);
  });

  it('agrees with the published closed-form inverse to its accuracy, and inverts exactly', () => {
    const g = bd09ToGcj02([116.404, 39.915]);
    expect(Math.abs(g[0] - 116.39762729119315)).toBeLessThan(2e-6);
    expect(Math.abs(g[1] - 39.90865673957631)).toBeLessThan(2e-6);
    const b = gcj02ToBd09(g);
    expect(Math.abs(b[0] - 116.404)).toBeLessThan(1e-11);
    expect(Math.abs(b[1] - 39.915)).toBeLessThan(1e-11);
  });

  it('round-trips to far below 1e-6° across China; the shift is about (0.0065°, 0.006°)', () => {
    for (let lon = 74; lon <= 134; lon += 5) {
      for (let lat = 18; lat <= 53; lat += 5) {
        const b = gcj02ToBd09([lon, lat]);
        expect(b[0] - lon).toBeGreaterThan(0.004);
        expect(b[0] - lon).toBeLessThan(0.009);
        expect(b[1] - lat).toBeGreaterThan(0.004);
        expect(b[1] - lat).toBeLessThan(0.009);
        const back = bd09ToGcj02(b);
        expect(Math.abs(back[0] - lon)).toBeLessThan(1e-9);
        expect(Math.abs(back[1] - lat)).toBeLessThan(1e-9);
      }
    }
  });
});
