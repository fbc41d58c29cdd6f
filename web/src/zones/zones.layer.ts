import type { LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS, MAP_FONTS } from '../map/theme.ts';

/** Source ids: the zone shapes, and one label point per zone. */
export const ZONE_SOURCES = { areas: 'zones', labels: 'zone-labels' } as const;

export const ZONE_LAYERS = {
  fill: 'zones-fill',
  line: 'zones-line',
  label: 'zones-label',
} as const;

/** Zones overlap grids by design: a hatch lets the grid's status colour show through where a tint would muddy it. */
export const ZONE_HATCH_IMAGE = 'zone-hatch';

export function zoneFillLayer(): LayerSpecification {
  return {
    id: ZONE_LAYERS.fill,
    type: 'fill',
    source: ZONE_SOURCES.areas,
    layout: { visibility: 'none' },
    paint: { 'fill-pattern': ZONE_HATCH_IMAGE },
  };
}

export function zoneLineLayer(): LayerSpecification {
  return {
    id: ZONE_LAYERS.line,
    type: 'line',
    source: ZONE_SOURCES.areas,
    layout: { visibility: 'none', 'line-join': 'round' },
    paint: { 'line-color': MAP_COLORS.zone, 'line-width': 1.6, 'line-dasharray': [3, 1.5] },
  };
}

export function zoneLabelLayer(): LayerSpecification {
  return {
    id: ZONE_LAYERS.label,
    type: 'symbol',
    source: ZONE_SOURCES.labels,
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
