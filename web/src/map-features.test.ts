import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Basemap } from '@wangge/geodata';
import { COMMUNITY_FILL_OVER_BASEMAP } from './communities/communities.layer.ts';
import { COVERAGE_LAYERS } from './coverage/coverage.layer.ts';
import { MAP_FEATURES } from './map-features.ts';
import { mapLayers, mapStyle } from './map/map-style.ts';
import { PROBLEM_LAYERS } from './problems/problems.layer.ts';
import { ZONE_LAYERS } from './zones/zones.layer.ts';

const layers = (basemap: Basemap | null = null) => mapLayers(MAP_FEATURES, basemap);
const ids = () => layers().map((l) => l.id);

describe('the app’s map style', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(mapStyle(MAP_FEATURES))).toEqual([]);
  });

  it('fetches nothing: no glyphs, sprite, tiles or URLs anywhere', () => {
    const style = mapStyle(MAP_FEATURES);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//);
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
  });

  it('stacks layers bottom up: communities, grids, zones, selection, labels, pins', () => {
    const at = (id: string) => ids().indexOf(id);
    expect(at('communities-fill')).toBeLessThan(at('grids-fill'));
    expect(at('grids-fill')).toBeLessThan(at('communities-line'));
    expect(at('grids-fill')).toBeLessThan(at('zones-fill'));
    expect(at('zones-fill')).toBeLessThan(at('selection-line'));
    expect(at('selection-line')).toBeLessThan(at('grids-label'));
    expect(at('zones-label')).toBeLessThan(at('grids-label'));
    expect(at('grids-label')).toBeLessThan(at('communities-label'));
    expect(at('communities-label')).toBeLessThan(at('problems-points'));
    expect(ids().at(-1)).toBe('selection-point');
  });

  it('puts the coverage defects above the grids and zones and below the pins, between the edit view’s fills and its lines', () => {
    for (const id of Object.values(COVERAGE_LAYERS)) {
      expect(ids().indexOf(id), id).toBeGreaterThan(ids().indexOf('zones-line'));
      expect(ids().indexOf(id), id).toBeGreaterThan(ids().indexOf('edit-fill'));
      expect(ids().indexOf(id), id).toBeLessThan(ids().indexOf('edit-line'));
      expect(ids().indexOf(id), id).toBeLessThan(ids().indexOf('problems-points'));
    }
  });

  it('keeps labels off the pins: an invisible pin box placed before the labels, which may move aside', () => {
    const all = layers();
    // symbols are placed top layer first: the boxes must be above every label layer to claim the room
    for (const label of ['communities-label', 'grids-label']) expect(ids().indexOf('problems-room')).toBeGreaterThan(ids().indexOf(label));
    const room = all.find((l) => l.id === 'problems-room') as { layout: Record<string, unknown>; paint: Record<string, unknown> };
    expect(room.layout).toMatchObject({ 'text-allow-overlap': true, 'text-ignore-placement': false });
    expect(room.paint['text-opacity']).toBe(0);
    for (const label of ['communities-label', 'grids-label']) {
      const layout = (all.find((l) => l.id === label) as { layout: Record<string, unknown> }).layout;
      expect((layout['text-variable-anchor'] as string[])[0], label).toBe('center');
      expect(layout['text-allow-overlap'], label).toBeUndefined();
    }
    expect(Object.values(PROBLEM_LAYERS)).toContain('problems-room');
  });

  it('puts a configured basemap right above the background, credited, and lets it show through', () => {
    const basemap: Basemap = { name: 'tianditu', layers: [{ tiles: ['https://t0.example/vec/{z}/{x}/{y}'] }, { tiles: ['https://t0.example/cva/{z}/{x}/{y}'] }], attribution: '© 天地图', maxzoom: 18 };
    const style = mapStyle(MAP_FEATURES, basemap);
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers.slice(0, 4).map((l) => [l.id, l.type])).toEqual([
      ['background', 'background'],
      ['basemap-0', 'raster'],
      ['basemap-1', 'raster'],
      ['communities-fill', 'fill'],
    ]);
    expect(style.sources['basemap-0']).toMatchObject({ type: 'raster', tiles: basemap.layers[0].tiles, attribution: '© 天地图', maxzoom: 18 });
    expect(style.sources['basemap-1']).not.toHaveProperty('attribution');
    const ground = style.layers.find((l) => l.id === 'communities-fill') as { paint: Record<string, unknown> };
    expect(ground.paint['fill-opacity']).toBe(COMMUNITY_FILL_OVER_BASEMAP);
    const opaque = layers().find((l) => l.id === 'communities-fill') as { paint: Record<string, unknown> };
    expect(opaque.paint['fill-opacity']).toBe(1);
  });

  it('starts with zones hidden; every layer the overlay switches toggle exists', () => {
    const byId = new Map(layers().map((l) => [l.id, l]));
    for (const id of [...Object.values(ZONE_LAYERS), ...Object.values(PROBLEM_LAYERS)]) expect(byId.has(id), id).toBe(true);
    for (const id of Object.values(ZONE_LAYERS)) expect(byId.get(id)?.layout).toMatchObject({ visibility: 'none' });
  });

  it('draws each image a layer asks for: every fill-pattern names an image of some feature', () => {
    const images = new Set(MAP_FEATURES.flatMap((f) => Object.keys(f.images ?? {})));
    const patterns = JSON.stringify(layers().map((l) => (l as { paint?: Record<string, unknown> }).paint?.['fill-pattern']).filter(Boolean));
    for (const name of patterns.match(/[a-z]+-hatch(-[a-z]+)?/g) ?? []) expect(images.has(name), name).toBe(true);
    expect(images.size).toBeGreaterThanOrEqual(4);
  });
});

describe('the map base', () => {
  it('imports no feature: only its own files, state, i18n, theme and packages', () => {
    const dir = join(import.meta.dirname, 'map');
    const allowed = /^(\.\/|\.\.\/(state|i18n|theme)\/|[@a-z])/;
    for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
      const imports = [...readFileSync(join(dir, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const path of imports) expect(path, `${file} imports ${path}`).toMatch(allowed);
    }
  });
});
