import { describe, expect, it } from 'vitest';
import { DAFANG_EXPORT, text, zipOf } from '../test/convert-fixtures.ts';
import { CONVERTERS, converterFor, geojson, kml, kmz, shapefile } from './index.ts';

describe('converterFor', () => {
  it('picks by extension, case-insensitively', () => {
    expect(converterFor('grids.GeoJSON')).toBe(geojson);
    expect(converterFor('grids.json')).toBe(geojson);
    expect(converterFor('网格.kml')).toBe(kml);
    expect(converterFor('export.KMZ')).toBe(kmz);
    expect(converterFor('layer.zip')).toBe(shapefile);
    expect(converterFor('notes.txt')).toBeNull();
  });

  it('sniffs the bytes when the name says nothing', () => {
    expect(converterFor('upload', kmz.write(DAFANG_EXPORT))).toBe(kmz);
    expect(converterFor('upload', shapefile.write(DAFANG_EXPORT))).toBe(shapefile);
    expect(converterFor('upload', text('\uFEFF  <?xml version="1.0"?><kml/>'))).toBe(kml);
    expect(converterFor('upload', text('{"type":"FeatureCollection"}'))).toBe(geojson);
    expect(converterFor('upload', zipOf({ 'a.txt': 'x' }))).toBe(shapefile);
    expect(converterFor('upload', text('hello'))).toBeNull();
  });

  it('lists every converter with the shared shape', () => {
    for (const c of CONVERTERS) {
      expect(typeof c.label).toBe('string');
      expect(c.extensions.every((e) => e.startsWith('.') && e === e.toLowerCase())).toBe(true);
      expect(typeof c.read).toBe('function');
      expect(typeof c.write).toBe('function');
    }
  });
});
