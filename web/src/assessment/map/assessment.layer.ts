import type { LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS, MAP_FONTS } from '../../map/theme.ts';

/** Source ids: the scored grids and the round's sampled points. */
export const SCORE_SOURCES = { grids: 'assessment-grids', points: 'assessment-points' } as const;

export const SCORE_LAYERS = { fill: 'assessment-grid-fill', line: 'assessment-grid-line', point: 'assessment-point', label: 'assessment-point-label' } as const;

/** Each scored grid in its band's colour, over the week's status fill. */
export function scoreFillLayer(): LayerSpecification {
  return { id: SCORE_LAYERS.fill, type: 'fill', source: SCORE_SOURCES.grids, layout: { visibility: 'none' }, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.92 } };
}

export function scoreLineLayer(): LayerSpecification {
  return { id: SCORE_LAYERS.line, type: 'line', source: SCORE_SOURCES.grids, layout: { visibility: 'none', 'line-join': 'round' }, paint: { 'line-color': MAP_COLORS.gridLine, 'line-width': 1.5 } };
}

/**
 * A sampled point: a star in its band's colour, outlined so it shows on a grid of the same band, and
 * not a dot, so it is not taken for a problem pin.
 */
export function scorePointLayer(): LayerSpecification {
  return {
    id: SCORE_LAYERS.point,
    type: 'symbol',
    source: SCORE_SOURCES.points,
    layout: { visibility: 'none', 'text-field': '★', 'text-font': [...MAP_FONTS.regular], 'text-size': 24, 'text-allow-overlap': true, 'text-ignore-placement': true },
    paint: { 'text-color': ['get', 'colour'], 'text-halo-color': MAP_COLORS.selection, 'text-halo-width': 1.2 },
  };
}

/** The point's score beside it: a round samples a few dozen points, so every score is printed. */
export function scoreLabelLayer(): LayerSpecification {
  return {
    id: SCORE_LAYERS.label,
    type: 'symbol',
    source: SCORE_SOURCES.points,
    layout: { visibility: 'none', 'text-field': ['get', 'label'], 'text-font': [...MAP_FONTS.bold], 'text-size': 12, 'text-offset': [0, 0.9], 'text-anchor': 'top', 'text-allow-overlap': true },
    paint: { 'text-color': MAP_COLORS.label, 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 1.5 },
  };
}
