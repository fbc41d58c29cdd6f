import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Basemap } from '@wangge/geodata';
import { MAP_FEATURES } from '../map-features.ts';
import { mapStyle } from '../map/map-style.ts';
import { MAP_COLORS } from '../map/theme.ts';
import { pmtilesUrl } from './pmtiles-protocol.ts';
import { VECTOR_BASEMAP_LAYERS } from './vector-basemap.layer.ts';

const basemap: Basemap = { name: 'pmtiles', layers: [], archive: '/api/basemap.pmtiles', attribution: '示意底图', maxzoom: 16 };

describe('a PMTiles basemap in the map style', () => {
  const style = mapStyle(MAP_FEATURES, basemap);
  const ids = style.layers.map((l) => l.id);

  it('is a valid style with one vector source read through the pmtiles scheme, credited, and no glyphs URL', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sources['basemap-0']).toEqual({ type: 'vector', url: `pmtiles://${location.origin}/api/basemap.pmtiles`, attribution: '示意底图' });
    expect(style.glyphs).toBeUndefined();
  });

  it('draws its areas and streets right above the background and its names over the fills, under every label of ours', () => {
    const L = VECTOR_BASEMAP_LAYERS;
    expect(ids.slice(0, 9)).toEqual(['background', L.land, L.landmarks, L.streetEdges, L.streets, L.roads, L.roadEdges, L.roadLineEdges, L.roadLines]);
    expect(ids.filter((id) => id.startsWith(L.lineLabels))).toHaveLength(2);
    const names = style.layers.filter((l) => l.type === 'symbol' && l.id.startsWith('basemap-')).map((l) => ids.indexOf(l.id));
    expect(names).toHaveLength(3);
    expect(Math.min(...names)).toBeGreaterThan(ids.indexOf('grids-fill'));
    for (const ours of ['zones-label', 'grids-label', 'communities-label']) expect(ids.indexOf(ours), ours).toBeGreaterThan(Math.max(...names));
  });

  it('keeps its land apart from the plain background, so a map that draws nothing is told from one that draws the basemap', () => {
    const land = style.layers.find((l) => l.id === VECTOR_BASEMAP_LAYERS.land) as { paint: { 'fill-color': string } };
    expect(land.paint['fill-color'].toLowerCase()).not.toBe(MAP_COLORS.background.toLowerCase());
  });
});

describe('pmtilesUrl', () => {
  it("puts the archive's address on the page's origin behind the scheme", () => {
    expect(pmtilesUrl('/api/basemap.pmtiles', 'https://wangge.example.cn')).toBe('pmtiles://https://wangge.example.cn/api/basemap.pmtiles');
  });
});
