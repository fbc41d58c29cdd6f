import type { LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS, MAP_FONTS, SOURCES } from '../theme.ts';

export const ZONE_LAYERS = {
  fill: 'zones-fill',
  line: 'zones-line',
  label: 'zones-label',
} as const;

export const ZONE_HATCH_IMAGE = 'zone-hatch';

/**
 * A diagonal hatch as raw RGBA: zones overlap grids by design, and a hatch lets the grid's status
 * colour show through where a tint would muddy it. Drawn in code, so no sprite is fetched.
 */
export function hatchPattern(size: number, hex: string, lineWidth = 2): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // lines run bottom-left to top-right and tile seamlessly because size divides the period
      if ((x + y) % size < lineWidth) data.set([r, g, b, 200], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

export function zoneFillLayer(): LayerSpecification {
  return {
    id: ZONE_LAYERS.fill,
    type: 'fill',
    source: SOURCES.zones,
    layout: { visibility: 'none' },
    paint: { 'fill-pattern': ZONE_HATCH_IMAGE },
  };
}

export function zoneLineLayer(): LayerSpecification {
  return {
    id: ZONE_LAYERS.line,
    type: 'line',
    source: SOURCES.zones,
    layout: { visibility: 'none', 'line-join': 'round' },
    paint: { 'line-color': MAP_COLORS.zone, 'line-width': 1.6, 'line-dasharray': [3, 1.5] },
  };
}

export function zoneLabelLayer(): LayerSpecification {
  return {
    id: ZONE_LAYERS.label,
    type: 'symbol',
    source: SOURCES.zoneLabels,
    minzoom: 14.5,
    layout: {
      visibility: 'none',
      'text-field': ['get', 'name'],
      'text-font': [...MAP_FONTS.regular],
      'text-size': 11,
      'text-optional': true,
    },
    paint: { 'text-color': MAP_COLORS.zone, 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 1.6 },
  };
}
