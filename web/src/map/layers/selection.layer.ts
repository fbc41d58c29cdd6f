import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS, SOURCES } from '../theme.ts';

export const SELECTION_LAYERS = {
  casing: 'selection-casing',
  line: 'selection-line',
  point: 'selection-point',
} as const;

/** Matches the selected grid's features; a grid id that matches nothing when none is selected. */
export function selectionFilter(gridId: string | null): FilterSpecification {
  return ['==', ['get', 'id'], gridId ?? ''];
}

export function selectionCasingLayer(): LayerSpecification {
  return {
    id: SELECTION_LAYERS.casing,
    type: 'line',
    source: SOURCES.grids,
    filter: selectionFilter(null),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': 7 },
  };
}

export function selectionLineLayer(): LayerSpecification {
  return {
    id: SELECTION_LAYERS.line,
    type: 'line',
    source: SOURCES.grids,
    filter: selectionFilter(null),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': MAP_COLORS.selection, 'line-width': 3.5 },
  };
}

/** The clicked place, so the panel's answer is visibly about that spot. */
export function selectionPointLayer(): LayerSpecification {
  return {
    id: SELECTION_LAYERS.point,
    type: 'circle',
    source: SOURCES.clickPoint,
    paint: {
      'circle-color': MAP_COLORS.selection,
      'circle-radius': 5,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2.5,
    },
  };
}
