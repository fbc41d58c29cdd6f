import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { communitiesFeature } from '../communities/communities.feature.ts';
import { mapStyle } from '../map/map-style.ts';
import { COVERAGE_LAYERS, DEFECT_COLORS, defectFeatures, focusFilter } from './coverage.layer.ts';
import { coverageFeature } from './coverage.feature.ts';
import type { Defect } from './defects.ts';

const gap: Defect = {
  key: 'gap:c1:105.6,27.1',
  kind: 'gap',
  areaM2: 40,
  grids: ['a'],
  boundary: 'c1',
  reason: null,
  geometry: { type: 'Polygon', coordinates: [[[105.6, 27.1], [105.601, 27.1], [105.601, 27.101], [105.6, 27.1]]] },
  bbox: [105.6, 27.1, 105.601, 27.101],
};
const invalidWithoutPlace: Defect = { ...gap, key: 'invalid:b:unclosed-ring', kind: 'invalid', areaM2: null, reason: 'unclosed-ring', geometry: null, bbox: null };

describe('coverage layers', () => {
  it('make a valid style with a focus filter set', () => {
    // the veil lies over the communities' own source
    const style = mapStyle([communitiesFeature, coverageFeature]);
    style.layers = style.layers.map((l) => (l.id === COVERAGE_LAYERS.focus ? { ...l, filter: focusFilter(gap.key) } : l));
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draw each defect that has a shape, tagged with its kind and key', () => {
    const fc = defectFeatures([gap, invalidWithoutPlace]);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0].properties).toEqual({ key: gap.key, kind: 'gap' });
  });

  it('colour overlaps red and gaps orange, apart from each other', () => {
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const [r1, g1] = rgb(DEFECT_COLORS.overlap);
    const [r2, g2] = rgb(DEFECT_COLORS.gap);
    expect(r1).toBeGreaterThan(2 * g1);
    expect(r2).toBeGreaterThan(g2);
    expect(g2 - g1).toBeGreaterThan(60);
  });
});
