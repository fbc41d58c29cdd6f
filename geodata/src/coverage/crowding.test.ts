import { describe, expect, it } from 'vitest';
import { dafang } from '../dafang.ts';
import { crowdedPairs } from './crowding.ts';
import { equalAreaProjection } from './projection.ts';

describe('crowdedPairs', () => {
  it('a 10 m square: cells 10 m across, a corner in each, two edges per corner', () => {
    // cells of the mean edge length (10 m), 2 × 2 of them; each edge lies in the two cells of its
    // ends, so every cell holds the two edges meeting at its corner: 4 cells × 1 pair
    const xy = Float64Array.from([0, 0, 10, 0, 10, 10, 0, 10]);
    expect(crowdedPairs(xy, [0], [4])).toBe(4);
  });

  it('2,000 teeth 20 m wide and 2 mm apart share two cells: about 2,000 pairs per edge', () => {
    const pts: number[] = [];
    const n = 2000;
    for (let i = 0; i < n - 2; i++) pts.push(20 * (i % 2), 0.002 * i);
    pts.push(-20, 0.002 * (n - 3), -20, 0);
    // the teeth lie in the two cells over x ∈ [0, 20]; C(1998, 2) pairs in each is ~1,996 per edge
    const perEdge = crowdedPairs(Float64Array.from(pts), [0], [n]) / n;
    expect(perEdge).toBeGreaterThan(1900);
    expect(perEdge).toBeLessThan(2100);
  });

  it("Dafang's drawn grids and communities: under 2 pairs per edge", () => {
    const proj = equalAreaProjection(105.6, 27.15);
    const out = [0, 0];
    for (const f of [...dafang.grids.features, ...dafang.communities.features]) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : (f.geometry.coordinates as number[][][][]);
      for (const poly of polys) {
        const xy: number[] = [];
        const starts: number[] = [];
        const ends: number[] = [];
        for (const ring of poly) {
          starts.push(xy.length / 2);
          for (const [lon, lat] of ring.slice(0, -1)) {
            proj.forward(lon, lat, out, 0);
            xy.push(out[0], out[1]);
          }
          ends.push(xy.length / 2);
        }
        expect(crowdedPairs(Float64Array.from(xy), starts, ends) / (xy.length / 2)).toBeLessThan(2);
      }
    }
  });
});
