import { describe, expect, it } from 'vitest';
import { fitLongSide, QUEUE_LONG_SIDE } from './shrink-photo.ts';

describe('fitLongSide', () => {
  it('brings a phone camera’s 4032×3024 down to 2048 on the long side, keeping 4:3', () => {
    // 2048 / 4032 = 0.50794; 3024 × 0.50794 = 1536.0
    expect(fitLongSide(4032, 3024)).toEqual({ width: 2048, height: 1536 });
  });

  it('does the same for a portrait photo', () => {
    expect(fitLongSide(3024, 4032)).toEqual({ width: 1536, height: 2048 });
  });

  it('rounds to whole pixels: 4000×2250 (16:9) → 2048×1152', () => {
    // 2250 × 2048 / 4000 = 1152 exactly; 3000×2001 → 2001 × 2048 / 3000 = 1366.03 → 1366
    expect(fitLongSide(4000, 2250)).toEqual({ width: 2048, height: 1152 });
    expect(fitLongSide(3000, 2001)).toEqual({ width: 2048, height: 1366 });
  });

  it('keeps a photo that already fits, and one exactly at the limit', () => {
    expect(fitLongSide(1600, 1200)).toEqual({ width: 1600, height: 1200 });
    expect(fitLongSide(QUEUE_LONG_SIDE, 900)).toEqual({ width: 2048, height: 900 });
  });

  it('never draws a side of zero pixels, however thin the panorama', () => {
    expect(fitLongSide(40_000, 10)).toEqual({ width: 2048, height: 1 });
  });
});
