import { describe, expect, it } from 'vitest';
import { distanceM, niceScale } from './scale.ts';
import { mercatorProjector } from './projection.ts';

describe('distanceM', () => {
  it('measures a degree of longitude shorter at Dafang’s latitude than at the equator', () => {
    // 111.195 km per degree on the mean sphere, times cos(27.15°) = 0.88981
    expect(distanceM([105, 0], [106, 0])).toBeCloseTo(111_195, -1);
    expect(distanceM([105.6, 27.15], [106.6, 27.15])).toBeCloseTo(98_943, -2);
  });
});

describe('niceScale', () => {
  it('picks the longest 1-2-5 length that fits', () => {
    expect(niceScale(3.3, 180)).toMatchObject({ metres: 500, label: '500 m' });
    expect(niceScale(10, 180)).toMatchObject({ metres: 1000, label: '1 km', px: 100 });
    expect(niceScale(1, 180)).toMatchObject({ metres: 100, label: '100 m', px: 100 });
    expect(niceScale(0.9, 180)).toMatchObject({ metres: 100 });
  });
});

describe('mercatorProjector', () => {
  it('puts the centre in the middle and north up, at 512 px per world at zoom 0', () => {
    const p = mercatorProjector([105.6, 27.15], 0, 1000, 800);
    expect(p([105.6, 27.15])).toEqual([500, 400]);
    const [x, y] = p([105.6 + 360 / 512, 27.15]);
    expect(x).toBeCloseTo(501, 6);
    expect(y).toBeCloseTo(400, 6);
    expect(p([105.6, 28])[1]).toBeLessThan(400);
  });
});
