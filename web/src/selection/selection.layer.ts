import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { GRID_SOURCES } from '../grids/grids.layer.ts';
import { MAP_COLORS } from '../map/theme.ts';

/** Source id of the clicked place. The outline is drawn from the grids' own source, filtered to the selected one. */
export const CLICK_POINT_SOURCE = 'click-point';

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
    source: GRID_SOURCES.grids,
    filter: selectionFilter(null),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': 7 },
  };
}

export function selectionLineLayer(): LayerSpecification {
  return {
    id: SELECTION_LAYERS.line,
    type: 'line',
    source: GRID_SOURCES.grids,
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
    source: CLICK_POINT_SOURCE,
    paint: {
      'circle-color': MAP_COLORS.selection,
      'circle-radius': 5,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2.5,
    },
  };
}
