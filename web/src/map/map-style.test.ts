import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import type { MapFeature, MapSlot } from './map-feature.ts';
import { emptySource, mapLayers, mapSources, mapStyle } from './map-style.ts';

const line = (id: string, source: string): LayerSpecification => ({ id, type: 'line', source });

/** A feature with one source and a layer in each of the given slots, named `${id}-${slot}`. */
function feature(id: string, slots: MapSlot[]): MapFeature {
  return {
    id,
    sources: () => ({ [id]: emptySource() }),
    layers: () => slots.map((slot) => ({ slot, layer: line(`${id}-${slot}`, id) })),
  };
}

describe('mapLayers', () => {
  it('stacks by slot first, then in the order the features were given; the background at the bottom', () => {
    const a = feature('a', ['label', 'fill']);
    const b = feature('b', ['marker', 'fill', 'ground']);
    expect(mapLayers([a, b]).map((l) => l.id)).toEqual(['background', 'b-ground', 'a-fill', 'b-fill', 'a-label', 'b-marker']);
    expect(mapLayers([b, a]).map((l) => l.id)).toEqual(['background', 'b-ground', 'b-fill', 'a-fill', 'a-label', 'b-marker']);
  });

  it('keeps a feature’s own order inside a slot', () => {
    const f: MapFeature = { id: 'f', layers: () => ['z', 'y', 'x'].map((id) => ({ slot: 'pins' as const, layer: line(id, 'f') })) };
    expect(mapLayers([f]).map((l) => l.id)).toEqual(['background', 'z', 'y', 'x']);
  });

  it('passes the basemap to the features that ask for it', () => {
    const f: MapFeature = { id: 'f', layers: ({ basemap }) => (basemap ? [{ slot: 'basemap', layer: line('tiles', 'f') }] : []) };
    expect(mapLayers([f]).map((l) => l.id)).toEqual(['background']);
    expect(mapLayers([f], { name: 'osm', layers: [{ tiles: ['x'] }], attribution: '', maxzoom: 18 }).map((l) => l.id)).toEqual(['background', 'tiles']);
  });

  it('refuses two layers with one id, and a slot the stack does not have', () => {
    expect(() => mapLayers([feature('a', ['fill']), { id: 'b', layers: () => [{ slot: 'label', layer: line('a-fill', 'b') }] }])).toThrow('two layers have the id a-fill');
    expect(() => mapLayers([{ id: 'c', layers: () => [{ slot: 'roof' as MapSlot, layer: line('c', 'c') }] }])).toThrow('layer c names an unknown slot: roof');
  });
});

describe('mapSources', () => {
  it('gathers every feature’s sources, and refuses a source two features claim', () => {
    expect(Object.keys(mapSources([feature('a', []), feature('b', [])]))).toEqual(['a', 'b']);
    expect(() => mapSources([feature('a', []), { id: 'b', sources: () => ({ a: emptySource() }) }])).toThrow('features a and b both add the source a');
  });
});

describe('mapStyle', () => {
  it('makes a valid style of the features, with nothing to fetch', () => {
    const style = mapStyle([feature('a', ['fill', 'label']), feature('b', ['boundary'])]);
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });
});
