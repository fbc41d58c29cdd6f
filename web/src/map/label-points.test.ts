import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { containsPoint } from '@wangge/geodata';
import { labelPoints, polygonLabelPoint } from './label-points.ts';

const square: Position[] = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];

describe('polygonLabelPoint', () => {
  it('puts a square label near its middle', () => {
    const { point } = polygonLabelPoint([square])!;
    expect(point[0]).toBeCloseTo(2, 5);
    expect(point[1]).toBeCloseTo(2, 5);
  });

  it('stays inside a U shape whose centroid is outside', () => {
    // a U open to the north: arms 1 wide, bottom bar 1 high; the centroid (2, ~1.6) is in the gap
    const u: Position[] = [[0, 0], [5, 0], [5, 5], [4, 5], [4, 1], [1, 1], [1, 5], [0, 5], [0, 0]];
    const { point } = polygonLabelPoint([u])!;
    expect(containsPoint({ type: 'Polygon', coordinates: [u] }, point[0], point[1])).toBe(true);
  });

  it('avoids a hole', () => {
    const hole: Position[] = [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]];
    const { point } = polygonLabelPoint([square, hole])!;
    expect(containsPoint({ type: 'Polygon', coordinates: [square, hole] }, point[0], point[1])).toBe(true);
  });

  it('gives nothing for a degenerate ring', () => {
    expect(polygonLabelPoint([[[0, 0], [1, 1], [0, 0]]])).toBeNull();
  });
});

describe('labelPoints', () => {
  it('makes one point per feature, on the larger part of a multipolygon, keeping properties', () => {
    const small: Position[] = [[10, 10], [10.5, 10], [10.5, 10.5], [10, 10.5], [10, 10]];
    const out = labelPoints({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'g' }, geometry: { type: 'MultiPolygon', coordinates: [[small], [square]] } }],
    });
    expect(out.features).toHaveLength(1);
    expect(out.features[0].properties).toEqual({ id: 'g' });
    expect(out.features[0].geometry.coordinates[0]).toBeLessThan(4);
  });
});
