import { describe, expect, it } from 'vitest';
import { pointAt } from './point-at.ts';

describe('pointAt', () => {
  it('is the point itself', () => {
    expect(pointAt({ type: 'Point', coordinates: [105.6, 27.14] })).toEqual([105.6, 27.14]);
  });

  it('is the mean of a ring’s corners, the closing one counted once', () => {
    // a square 105.0–105.2 × 27.0–27.2: its corners average to the centre 105.1, 27.1
    const ring = [
      [105.0, 27.0],
      [105.2, 27.0],
      [105.2, 27.2],
      [105.0, 27.2],
      [105.0, 27.0],
    ];
    const [lon, lat] = pointAt({ type: 'Polygon', coordinates: [ring] });
    expect(lon).toBeCloseTo(105.1, 9);
    expect(lat).toBeCloseTo(27.1, 9);
  });
});
