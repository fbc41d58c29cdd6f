import type { LayerSpecification } from 'maplibre-gl';
import { LABEL_ANCHORS, MAP_COLORS, MAP_FONTS } from '../map/theme.ts';

/** Source ids: the boundaries, and one label point per community (see map/label-points.ts). */
export const COMMUNITY_SOURCES = { areas: 'communities', labels: 'community-labels' } as const;

export const COMMUNITY_LAYERS = {
  fill: 'communities-fill',
  line: 'communities-line',
  label: 'communities-label',
} as const;

export const COMMUNITY_FILL_OVER_BASEMAP = 0.45;

/**
 * A pale ground under the grids; non-gridded communities show here alone, as context. Over a
 * basemap it lets the streets show through, at the cost of status colours a little off the legend's.
 */
export function communityFillLayer(overBasemap = false): LayerSpecification {
  return {
    id: COMMUNITY_LAYERS.fill,
    type: 'fill',
    source: COMMUNITY_SOURCES.areas,
    paint: { 'fill-color': MAP_COLORS.communityFill, 'fill-opacity': overBasemap ? COMMUNITY_FILL_OVER_BASEMAP : 1 },
  };
}

/** Drawn above the grid fills, not below: the status colours would otherwise bury every community edge. */
export function communityLineLayer(): LayerSpecification {
  return {
    id: COMMUNITY_LAYERS.line,
    type: 'line',
    source: COMMUNITY_SOURCES.areas,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': MAP_COLORS.communityLine,
      'line-width': ['interpolate', ['linear'], ['zoom'], 12, 1.2, 16, 2.6],
    },
  };
}

export function communityLabelLayer(): LayerSpecification {
  return {
    id: COMMUNITY_LAYERS.label,
    type: 'symbol',
    source: COMMUNITY_SOURCES.labels,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [...MAP_FONTS.bold],
      'text-size': ['interpolate', ['linear'], ['zoom'], 12, 12, 16, 18],
      'text-letter-spacing': 0.08,
      'text-padding': 4,
      // centred unless something placed first (a problem pin) is there: then beside it rather than hidden
      'text-variable-anchor': [...LABEL_ANCHORS],
      // ems clear of the point: past a pin's 12 px half-room at the smallest size (12 px)
      'text-radial-offset': 1.1,
    },
    paint: {
      'text-color': MAP_COLORS.communityLine,
      'text-halo-color': MAP_COLORS.halo,
      'text-halo-width': 2,
    },
  };
}
