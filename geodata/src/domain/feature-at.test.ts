import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { featureAt } from './feature-at.ts';

const square = (id: string, x0: number, y0: number, size: number, hole?: [number, number, number]): Feature<Polygon, { id: string }> => {
  const ring = (x: number, y: number, s: number) => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
  return { type: 'Feature', properties: { id }, geometry: { type: 'Polygon', coordinates: hole ? [ring(x0, y0, size), ring(...hole)] : [ring(x0, y0, size)] } };
};

describe('featureAt', () => {
  // A: 0–10 square with a 4–6 hole; B: 10–20 beside it; C: two 1 × 1 squares far apart (a MultiPolygon)
  const a = square('A', 0, 0, 10, [4, 4, 2]);
  const b = square('B', 10, 0, 10);
  const c: Feature<MultiPolygon, { id: string }> = { type: 'Feature', properties: { id: 'C' }, geometry: { type: 'MultiPolygon', coordinates: [square('', 30, 0, 1).geometry.coordinates, square('', 40, 0, 1).geometry.coordinates] } };
  const all = [a, b, c];
  const at = (x: number, y: number) => featureAt(all, x, y)?.properties.id ?? null;

  it('finds the feature holding a point, through holes and multipolygons', () => {
    expect([at(1, 1), at(15, 5), at(30.5, 0.5), at(40.5, 0.5)]).toEqual(['A', 'B', 'C', 'C']);
  });

  it('answers null in a hole, between parts and outside everything', () => {
    expect([at(5, 5), at(35, 0.5), at(-1, 5), at(15, 11)]).toEqual([null, null, null, null]);
  });

  it('gives a point on a shared edge to the first listed, and a hole’s edge to the polygon', () => {
    expect(at(10, 5)).toBe('A');
    expect(featureAt([b, a], 10, 5)?.properties.id).toBe('B');
    expect(at(4, 5)).toBe('A');
  });
});
