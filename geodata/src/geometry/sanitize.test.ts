import { describe, expect, it } from 'vitest';
import { sanitizePolygonal } from './sanitize.ts';

const square = () => [[105.6, 27.1], [105.61, 27.1], [105.61, 27.11], [105.6, 27.11], [105.6, 27.1]];

describe('sanitizePolygonal', () => {
  it('keeps only type and coordinates: a 10 MB extra member is not carried along', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const r = sanitizePolygonal({ type: 'Polygon', coordinates: [square()], note: big, bbox: [0, 0, 1, 1], crs: { type: 'name' }, properties: { a: 1 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.geometry)).toEqual(['type', 'coordinates']);
    expect(r.geometry.coordinates).toEqual([square()]);
    expect(JSON.stringify(r.geometry).length).toBeLessThan(200);
  });

  it('copies: changing the input afterwards does not change the result', () => {
    const input = { type: 'MultiPolygon', coordinates: [[square()], [square()]] };
    const r = sanitizePolygonal(input);
    input.coordinates[1][0][2][0] = 0;
    expect(r.ok && r.geometry.coordinates).toEqual([[square()], [square()]]);
  });

  it('drops an altitude and refuses four numbers, a string or a nested array, naming the place', () => {
    const withZ = square().map(([x, y]) => [x, y, 1200]);
    expect(sanitizePolygonal({ type: 'Polygon', coordinates: [withZ] })).toEqual({ ok: true, geometry: { type: 'Polygon', coordinates: [square()] } });
    const four = square();
    four[2] = [105.61, 27.11, 0, 0];
    expect(sanitizePolygonal({ type: 'Polygon', coordinates: [four] })).toMatchObject({ ok: false, message: expect.stringMatching(/^coordinates\[0\]\[2\] must be a position of 2 numbers/) });
    const text = [[square()], [square().map((p, i) => (i === 3 ? ['105.6', '27.1'] : p))]];
    expect(sanitizePolygonal({ type: 'MultiPolygon', coordinates: text })).toMatchObject({ ok: false, message: expect.stringMatching(/^coordinates\[1\]\[0\]\[3\] must be/) });
    const nested = square() as unknown[];
    nested[1] = [[[[[105.6, 27.1]]]]];
    expect(sanitizePolygonal({ type: 'Polygon', coordinates: [nested] })).toMatchObject({ ok: false, message: expect.stringMatching(/^coordinates\[0\]\[1\] must be/) });
  });

  it('refuses what is not a polygon, or not shaped like one', () => {
    expect(sanitizePolygonal(null)).toEqual({ ok: false, message: 'geometry must be a GeoJSON object' });
    expect(sanitizePolygonal([1])).toEqual({ ok: false, message: 'geometry must be a GeoJSON object' });
    expect(sanitizePolygonal({ type: 'Point', coordinates: [1, 2] })).toEqual({ ok: false, message: 'geometry must be a Polygon or MultiPolygon, not "Point"' });
    expect(sanitizePolygonal({ type: 'Polygon' })).toEqual({ ok: false, message: 'Polygon coordinates must be an array' });
    expect(sanitizePolygonal({ type: 'Polygon', coordinates: [5] })).toEqual({ ok: false, message: 'coordinates[0] must be an array of positions' });
    expect(sanitizePolygonal({ type: 'MultiPolygon', coordinates: [[square()], 5] })).toEqual({ ok: false, message: 'coordinates[1] must be an array of rings' });
  });
});
