import { describe, expect, it } from 'vitest';
import { hatchPattern } from './hatch-pattern.ts';

describe('hatchPattern', () => {
  it('draws opaque diagonal pixels in the given colour and leaves the rest clear', () => {
    const { width, height, data } = hatchPattern(8, '#6a3d9a', 2);
    expect([width, height, data.length]).toEqual([8, 8, 256]);
    const px = (x: number, y: number) => Array.from(data.slice((y * 8 + x) * 4, (y * 8 + x) * 4 + 4));
    expect(px(0, 0)).toEqual([0x6a, 0x3d, 0x9a, 200]);
    expect(px(7, 1)).toEqual([0x6a, 0x3d, 0x9a, 200]);
    expect(px(3, 0)).toEqual([0, 0, 0, 0]);
  });
});
