import { describe, expect, it } from 'vitest';
import { collection, rect } from '../test/coverage-fixtures.ts';
import { featureId, parseCoverageInput } from './input.ts';

describe('parseCoverageInput', () => {
  it('accepts a FeatureCollection of polygons, empty or not', () => {
    const fc = collection([rect('a', 0, 0, 10, 10)]);
    const r = parseCoverageInput(JSON.stringify(fc));
    expect(r.ok).toBe(true);
    expect(parseCoverageInput('{"type":"FeatureCollection","features":[]}').ok).toBe(true);
  });

  it('refuses what cannot be used at all, saying why', () => {
    const cases: [string, RegExp][] = [
      ['{"type":', /not JSON/],
      ['[1,2]', /not a GeoJSON object/],
      ['{"type":"Feature","geometry":null}', /not a FeatureCollection/],
      ['{"type":"FeatureCollection"}', /no features array/],
      ['{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"p"},"geometry":{"type":"Point","coordinates":[1,2]}}]}', /id p\) is a Point/],
      ['{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null}]}', /no geometry/],
    ];
    for (const [text, message] of cases) {
      const r = parseCoverageInput(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });

  it('refuses a file whose every coordinate is [lat, lon], but not one bad grid among good ones', () => {
    const good = collection([rect('a', 0, 0, 10, 10), rect('b', 10, 0, 20, 10)]);
    const turn = (fc: typeof good, which: (i: number) => boolean) => ({
      ...fc,
      features: fc.features.map((f, i) => ({
        ...f,
        geometry: { ...f.geometry, coordinates: f.geometry.coordinates.map((r) => r.map(([x, y]) => (which(i) ? [y, x] : [x, y]))) },
      })),
    });
    const all = parseCoverageInput(JSON.stringify(turn(good, () => true)));
    expect(all.ok).toBe(false);
    if (!all.ok) expect(all.message).toMatch(/swapped/);
    expect(parseCoverageInput(JSON.stringify(turn(good, (i) => i === 1))).ok).toBe(true);
  });
});

describe('featureId', () => {
  it('prefers properties.id, then feature.id, then the index; 0 is an id', () => {
    expect(featureId({ id: 'f', properties: { id: 0 } }, 5)).toBe(0);
    expect(featureId({ id: 'f', properties: {} }, 5)).toBe('f');
    expect(featureId({ properties: null }, 5)).toBe(5);
  });
});
