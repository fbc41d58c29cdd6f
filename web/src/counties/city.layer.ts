import type { LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS, MAP_FONTS } from '../map/theme.ts';

/** Source ids: the counties' outlines (each with its colour), and one label point per county. */
export const CITY_SOURCES = { areas: 'city-counties', labels: 'city-labels' } as const;

export const CITY_LAYERS = { fill: 'city-fill', line: 'city-line', label: 'city-label' } as const;

/** Each county filled in its on-time share's status colour, hiding the loaded county's own layers beneath. */
export function cityFillLayer(): LayerSpecification {
  return {
    id: CITY_LAYERS.fill,
    type: 'fill',
    source: CITY_SOURCES.areas,
    layout: { visibility: 'none' },
    paint: { 'fill-color': ['get', 'colour'] },
  };
}

export function cityLineLayer(): LayerSpecification {
  return {
    id: CITY_LAYERS.line,
    type: 'line',
    source: CITY_SOURCES.areas,
    layout: { visibility: 'none', 'line-join': 'round' },
    paint: { 'line-color': MAP_COLORS.communityLine, 'line-width': 2 },
  };
}

/** The county's name and its share, e.g. "示例东县\n85%". */
export function cityLabelLayer(): LayerSpecification {
  return {
    id: CITY_LAYERS.label,
    type: 'symbol',
    source: CITY_SOURCES.labels,
    layout: {
      visibility: 'none',
      'text-field': ['get', 'label'],
      'text-font': [...MAP_FONTS.bold],
      'text-size': 15,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': MAP_COLORS.label, 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 2 },
  };
}
