import { describe, expect, it } from 'vitest';
import { DAFANG_EXPORT, expectSameGrids, failure, HOLES_AND_PARTS, text } from '../test/convert-fixtures.ts';
import { geojson } from './geojson.ts';

const read = (s: string, maxBytes?: number) => geojson.read(text(s), { maxBytes });
const square = { type: 'Polygon', coordinates: [[[105, 27], [105.001, 27], [105.001, 27.001], [105, 27]]] };

describe('GeoJSON converter', () => {
  it('round-trips the Dafang grids exactly, properties included', () => {
    expectSameGrids(geojson.read(geojson.write(DAFANG_EXPORT)), DAFANG_EXPORT);
    expectSameGrids(geojson.read(geojson.write(HOLES_AND_PARTS)), HOLES_AND_PARTS);
  });

  it('accepts a single Feature or a bare polygon geometry, and a byte-order mark', () => {
    expect(read(JSON.stringify({ type: 'Feature', properties: { id: 'a' }, geometry: square })).features.length).toBe(1);
    expect(read(JSON.stringify(square)).features[0].geometry.type).toBe('Polygon');
    expect(read(`\uFEFF${JSON.stringify(square)}`).features.length).toBe(1);
  });

  it('refuses malformed files with a message naming the problem', () => {
    expect(failure(() => read('{"type": "FeatureCollection", '))).toMatchObject({ code: 'malformed', message: expect.stringContaining('not JSON') });
    expect(failure(() => geojson.read(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toMatchObject({ code: 'malformed', message: expect.stringContaining('UTF-8') });
    expect(failure(() => read('{"type": "Topology"}'))).toMatchObject({ code: 'malformed', message: expect.stringContaining('FeatureCollection') });
    expect(failure(() => read('{"type": "FeatureCollection", "features": []}')).code).toBe('empty');
    expect(failure(() => geojson.read(new Uint8Array())).code).toBe('empty');
  });

  it('refuses features that are not polygons, naming the feature', () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'g1' }, geometry: square }, { type: 'Feature', properties: { id: 'road' }, geometry: { type: 'LineString', coordinates: [[105, 27], [106, 27]] } }] };
    expect(failure(() => read(JSON.stringify(fc)))).toEqual({ code: 'not-polygon', message: 'feature 1 (id road) is a LineString; grids must be Polygon or MultiPolygon' });
  });

  it('refuses files over the byte limit (default 50 MB)', () => {
    const body = JSON.stringify(square);
    expect(failure(() => read(body, body.length - 1))).toMatchObject({ code: 'too-large', message: expect.stringContaining('limit') });
    expect(() => read(body, body.length)).not.toThrow();
    expect(failure(() => geojson.read(new Uint8Array(50 * 1024 * 1024 + 1))).code).toBe('too-large');
  });

  it('refuses projected coordinates and a projected crs member, and every position swapped', () => {
    const metres = { type: 'Polygon', coordinates: [[[500000, 3000000], [500100, 3000000], [500100, 3000100], [500000, 3000000]]] };
    expect(failure(() => read(JSON.stringify(metres)))).toMatchObject({ code: 'unsupported-crs', message: expect.stringContaining('(500000, 3000000)') });
    const named = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4547' } }, features: [{ type: 'Feature', properties: {}, geometry: square }] };
    expect(failure(() => read(JSON.stringify(named)))).toMatchObject({ code: 'unsupported-crs', message: expect.stringContaining('EPSG::4547') });
    const wgs = { ...named, crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } };
    expect(read(JSON.stringify(wgs)).features.length).toBe(1);
    const swapped = { type: 'Polygon', coordinates: [[[27, 105], [27, 105.001], [27.001, 105.001], [27, 105]]] };
    expect(failure(() => read(JSON.stringify(swapped)))).toMatchObject({ code: 'malformed', message: expect.stringContaining('swapped') });
  });
});
