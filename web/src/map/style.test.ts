import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { PROBLEM_STATUS_COLORS, STATUS_COLORS, STATUS_ORDER, type Basemap, type GridsResponse, type StatusResponse } from '@wangge/geodata';
import { COMMUNITY_FILL_OVER_BASEMAP } from './layers/communities.layer.ts';
import { gridLabelExpression, gridsWithStatus, statusColorExpression } from './layers/grids.layer.ts';
import { PROBLEM_OTHER_COLOR } from '../theme/chips.ts';
import { problemColorExpression } from './layers/problems.layer.ts';
import { selectionFilter } from './layers/selection.layer.ts';
import { hatchPattern } from './layers/zones.layer.ts';
import { mapLayers, mapStyle, OVERLAY_LAYERS } from './style.ts';
import { MAP_COLORS } from './theme.ts';

describe('mapStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(mapStyle())).toEqual([]);
  });

  it('fetches nothing: no glyphs, sprite, tiles or URLs anywhere', () => {
    const style = mapStyle();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//);
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
  });

  it('stacks layers bottom up: communities, grids, zones, selection, labels, pins', () => {
    const ids = mapLayers().map((l) => l.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at('communities-fill')).toBeLessThan(at('grids-fill'));
    expect(at('grids-fill')).toBeLessThan(at('zones-fill'));
    expect(at('zones-fill')).toBeLessThan(at('selection-line'));
    expect(at('selection-line')).toBeLessThan(at('grids-label'));
    expect(at('communities-label')).toBeLessThan(at('problems-points'));
    expect(ids.at(-1)).toBe('selection-point');
  });

  it('keeps labels off the pins: an invisible pin box placed before the labels, which may move aside', () => {
    const layers = mapLayers();
    const ids = layers.map((l) => l.id);
    // symbols are placed top layer first: the boxes must be above every label layer to claim the room
    for (const label of ['communities-label', 'grids-label']) expect(ids.indexOf('problems-room')).toBeGreaterThan(ids.indexOf(label));
    const room = layers.find((l) => l.id === 'problems-room') as { layout: Record<string, unknown>; paint: Record<string, unknown> };
    expect(room.layout).toMatchObject({ 'text-allow-overlap': true, 'text-ignore-placement': false });
    expect(room.paint['text-opacity']).toBe(0);
    for (const label of ['communities-label', 'grids-label']) {
      const layout = (layers.find((l) => l.id === label) as { layout: Record<string, unknown> }).layout;
      expect((layout['text-variable-anchor'] as string[])[0], label).toBe('center');
      expect(layout['text-allow-overlap'], label).toBeUndefined();
    }
    expect(OVERLAY_LAYERS.problems).toContain('problems-room');
  });

  it('puts a configured basemap right above the background, credited, and lets it show through', () => {
    const basemap: Basemap = { name: 'tianditu', layers: [{ tiles: ['https://t0.example/vec/{z}/{x}/{y}'] }, { tiles: ['https://t0.example/cva/{z}/{x}/{y}'] }], attribution: '© 天地图', maxzoom: 18 };
    const style = mapStyle(basemap);
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
    const opaque = mapStyle().layers.find((l) => l.id === 'communities-fill') as { paint: Record<string, unknown> };
    expect(opaque.paint['fill-opacity']).toBe(1);
  });

  it('starts with zones hidden, and every overlay layer exists', () => {
    const byId = new Map(mapLayers().map((l) => [l.id, l]));
    for (const ids of Object.values(OVERLAY_LAYERS)) for (const id of ids) expect(byId.has(id), id).toBe(true);
    for (const id of OVERLAY_LAYERS.zones) expect(byId.get(id)?.layout).toMatchObject({ visibility: 'none' });
  });
});

describe('expressions', () => {
  it('maps every status to its DESIGN colour, white when unknown', () => {
    const expr: unknown[] = statusColorExpression();
    expect(expr[0]).toBe('match');
    for (const s of STATUS_ORDER) expect(expr[expr.indexOf(s) + 1]).toBe(STATUS_COLORS[s]);
    expect(expr.at(-1)).toBe(MAP_COLORS.noStatus);
  });

  it('labels with the sequence when zoomed out and the full code when zoomed in', () => {
    const expr = gridLabelExpression();
    expect(expr[0]).toBe('step');
    expect(expr[2]).toEqual(['slice', ['get', 'code'], 12]);
  });

  it('colours problems by the shared workflow colours, with a fallback', () => {
    const expr: unknown[] = problemColorExpression();
    for (const [s, color] of Object.entries(PROBLEM_STATUS_COLORS)) expect(expr[expr.indexOf(s) + 1]).toBe(color);
    expect(expr.at(-1)).toBe(PROBLEM_OTHER_COLOR);
  });

  it('selects by grid id and matches nothing without a selection', () => {
    expect(selectionFilter('G1')).toEqual(['==', ['get', 'id'], 'G1']);
    expect(selectionFilter(null)).toEqual(['==', ['get', 'id'], '']);
  });
});

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

describe('gridsWithStatus', () => {
  const grids = Object.freeze({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { id: 'a', code: '1' } },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { id: 'b', code: '2' } },
    ],
  }) as unknown as GridsResponse;

  it('joins each grid its week status and leaves unknown grids without one', () => {
    const status = { grids: [{ gridId: 'a', code: '1', status: 'late', units: [] }] } as unknown as StatusResponse;
    const out = gridsWithStatus(grids, status);
    expect(out.features.map((f) => (f.properties as { status?: string }).status)).toEqual(['late', undefined]);
    expect(grids.features[0].properties).not.toHaveProperty('status');
  });

  it('returns the grids untouched without a status', () => {
    expect(gridsWithStatus(grids, null)).toBe(grids);
  });
});
