import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { containsPoint } from '../locate/point-in.ts';
import { assignInspectors, drawSample, insidePoint, passRate, representativePoint, tally, type SamplePoint } from './assessment.ts';

describe('representativePoint', () => {
  it('is the point itself for a Point', () => {
    expect(representativePoint({ type: 'Point', coordinates: [105.6, 27.1] })).toEqual([105.6, 27.1]);
  });

  it('lies inside an L-shaped polygon whose centroid does not', () => {
    // the L: a 4×1 foot and a 1×3 upright; its centroid (9.5/7, 9.5/7) ≈ (1.357, 1.357) is in the notch
    const l: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 1], [1, 1], [1, 4], [0, 4], [0, 0]]] };
    expect(containsPoint(l, 9.5 / 7, 9.5 / 7)).toBe(false);
    // halfway up (y = 2) the inside runs from x = 0 to x = 1
    expect(representativePoint(l)).toEqual([0.5, 2]);
    expect(containsPoint(l, 0.5, 2)).toBe(true);
  });

  it('goes up the polygon by a fraction', () => {
    const l: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 1], [1, 1], [1, 4], [0, 4], [0, 0]]] };
    // an eighth up (y = 0.5) the foot runs 0–4; three quarters up (y = 3) the upright runs 0–1
    expect(insidePoint(l, 0.125)).toEqual([2, 0.5]);
    expect(insidePoint(l, 0.75)).toEqual([0.5, 3]);
  });

  it('keeps out of a hole', () => {
    // a 10×10 square with a hole from 2 to 9: at y = 5 the inside is 0–2 and 9–10; the wider is 0–2
    const holed: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[2, 2], [2, 8], [9, 8], [9, 2], [2, 2]]] };
    expect(representativePoint(holed)).toEqual([1, 5]);
  });
});

const points = (communityId: string, kind: SamplePoint['kind'], n: number): SamplePoint[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${communityId}-${kind}-${String(i).padStart(2, '0')}`, kind, communityId }));

describe('drawSample', () => {
  const all = [...points('A', 'market', 10), ...points('A', 'hospital', 4), ...points('B', 'market', 2)];

  it('draws the same sample from the same seed, whatever order the points come in', () => {
    const one = drawSample(all, ['market', 'hospital'], 3, 20261203);
    const two = drawSample([...all].reverse(), ['market', 'hospital'], 3, 20261203);
    expect(two).toEqual(one);
    // A: 3 markets then 3 hospitals; B: both of its markets
    expect(one.pointIds).toHaveLength(8);
    expect(new Set(one.pointIds).size).toBe(8);
    expect(one.pointIds.slice(0, 3).every((id) => id.startsWith('A-market-'))).toBe(true);
    expect(one.pointIds.slice(3, 6).every((id) => id.startsWith('A-hospital-'))).toBe(true);
    expect(one.pointIds.slice(6).sort()).toEqual(['B-market-00', 'B-market-01']);
  });

  it('takes every point of a community that has fewer than asked, and says so', () => {
    const s = drawSample(all, ['market', 'hospital', 'hotel'], 5, 1);
    expect(s.shortfalls).toEqual([
      { communityId: 'A', kind: 'hospital', asked: 5, available: 4 },
      { communityId: 'B', kind: 'market', asked: 5, available: 2 },
    ]);
    expect(s.kindsWithoutPoints).toEqual(['hotel']);
    expect(s.pointIds).toHaveLength(5 + 4 + 2);
  });

  it('draws differently with another seed, and reaches every point over many seeds', () => {
    const seen = new Set<string>();
    const draws = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const ids = drawSample(all, ['market'], 3, seed).pointIds.slice(0, 3);
      ids.forEach((id) => seen.add(id));
      draws.add(ids.join());
    }
    expect([...seen].filter((id) => id.startsWith('A-market-'))).toHaveLength(10);
    expect(draws.size).toBeGreaterThan(50);
  });

  it('keeps one community’s draw when points are added in another', () => {
    const before = drawSample(all, ['market'], 3, 42).pointIds.filter((id) => id.startsWith('A-'));
    const after = drawSample([...all, ...points('C', 'market', 5)], ['market'], 3, 42).pointIds.filter((id) => id.startsWith('A-'));
    expect(after).toEqual(before);
  });
});

describe('assignInspectors', () => {
  it('hands out whole communities in turn', () => {
    const sample = [
      { pointId: 'p1', communityId: 'A' },
      { pointId: 'p2', communityId: 'A' },
      { pointId: 'p3', communityId: 'B' },
      { pointId: 'p4', communityId: 'C' },
    ];
    expect(Object.fromEntries(assignInspectors(sample, ['zhou', 'li']))).toEqual({ p1: 'li', p2: 'li', p3: 'zhou', p4: 'li' });
    expect(Object.fromEntries(assignInspectors(sample, []))).toEqual({ p1: null, p2: null, p3: null, p4: null });
  });
});

describe('tally and passRate', () => {
  it('weighs passes against passes and failures, leaving out what does not apply', () => {
    const t = tally([
      { weight: 3, result: 'pass' },
      { weight: 2, result: 'fail' },
      { weight: 5, result: 'na' },
    ]);
    expect(t).toEqual({ pass: 3, counted: 5 });
    expect(passRate(t)).toBe(60);
    // 2 of 3 is 66.666…%: one decimal
    expect(passRate({ pass: 2, counted: 3 })).toBe(66.7);
    expect(passRate({ pass: 0, counted: 0 })).toBeNull();
  });
});
