import { describe, expect, it } from 'vitest';
import { bboxContains, geometryBBox } from './bbox.ts';
import { containsPoint } from '../locate/point-in.ts';
import type { Polygon } from 'geojson';

const donut: Polygon = {
  type: 'Polygon',
  coordinates: [
    [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]],
    [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]],
  ],
};

describe('bbox and point lookup', () => {
  it('boxes every position', () => {
    expect(geometryBBox(donut)).toEqual([0, 0, 4, 4]);
    expect(geometryBBox({ type: 'MultiPolygon', coordinates: [donut.coordinates, [[[10, -2], [11, -2], [11, -1], [10, -2]]]] })).toEqual([0, -2, 11, 4]);
    expect(bboxContains([0, 0, 4, 4], 4, 2)).toBe(true);
    expect(bboxContains([0, 0, 4, 4], 4.0001, 2)).toBe(false);
  });

  it('treats a hole as outside', () => {
    expect(containsPoint(donut, 0.5, 0.5)).toBe(true);
    expect(containsPoint(donut, 2, 2)).toBe(false);
    expect(containsPoint(donut, 5, 2)).toBe(false);
  });
});
