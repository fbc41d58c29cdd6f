import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { STATUS_COLORS, STATUS_ORDER, type GridsResponse, type StatusResponse } from '@wangge/geodata';
import { LABEL_ANCHORS, MAP_COLORS, MAP_FONTS } from '../map/theme.ts';

/** Source ids: the grids with the week's status joined in, and one label point per grid. */
export const GRID_SOURCES = { grids: 'grids', labels: 'grid-labels' } as const;

export const GRID_LAYERS = {
  fill: 'grids-fill',
  line: 'grids-line',
  label: 'grids-label',
} as const;

/**
 * Status fills are slightly see-through: the full-strength palette over whole districts shouts, and
 * labels read better on a softer ground. The legend draws its swatches at the same opacity.
 */
export const GRID_FILL_OPACITY = 0.8;

/** Below this zoom a grid shows only its 3-digit sequence; the full 15-digit code needs room. */
export const FULL_CODE_ZOOM = 15.5;

/** fill-color: the grid's `status` property through STATUS_COLORS; white until the week's status loads. */
export function statusColorExpression(): ExpressionSpecification {
  const pairs = STATUS_ORDER.flatMap((s) => [s, STATUS_COLORS[s]]);
  // the spec's tuple type cannot describe pairs spread from an array; the style test validates it
  return ['match', ['coalesce', ['get', 'status'], ''], ...pairs, MAP_COLORS.noStatus] as unknown as ExpressionSpecification;
}

/** The grid label: the sequence part of the code when zoomed out, code and name when zoomed in. */
export function gridLabelExpression(): ExpressionSpecification {
  return [
    'step',
    ['zoom'],
    ['slice', ['get', 'code'], 12],
    FULL_CODE_ZOOM,
    ['format', ['get', 'code'], {}, '\n', {}, ['get', 'name'], { 'font-scale': 0.9 }],
  ];
}

export function gridFillLayer(): LayerSpecification {
  return {
    id: GRID_LAYERS.fill,
    type: 'fill',
    source: GRID_SOURCES.grids,
    paint: { 'fill-color': statusColorExpression(), 'fill-opacity': GRID_FILL_OPACITY },
  };
}

export function gridLineLayer(): LayerSpecification {
  return {
    id: GRID_LAYERS.line,
    type: 'line',
    source: GRID_SOURCES.grids,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': MAP_COLORS.gridLine,
      'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.6, 16, 1.6],
    },
  };
}

export function gridLabelLayer(): LayerSpecification {
  return {
    id: GRID_LAYERS.label,
    type: 'symbol',
    source: GRID_SOURCES.labels,
    layout: {
      'text-field': gridLabelExpression(),
      'text-font': [...MAP_FONTS.regular],
      'text-size': ['interpolate', ['linear'], ['zoom'], 12, 10, 17, 13],
      'text-padding': 2,
      // as the community labels: moved beside a problem pin instead of hidden under it
      'text-variable-anchor': [...LABEL_ANCHORS],
      // ems clear of the point: past a pin's 12 px half-room even at the smallest size (10 px)
      'text-radial-offset': 1.3,
    },
    paint: {
      'text-color': MAP_COLORS.label,
      'text-halo-color': MAP_COLORS.halo,
      'text-halo-width': 1.4,
    },
  };
}

/**
 * The grids with each one's status for the week joined in as a `status` property (what the fill
 * expression reads). Without a status response the features carry no status and draw white.
 */
export function gridsWithStatus(grids: GridsResponse, status: StatusResponse | null): GridsResponse {
  if (!status) return grids;
  const byId = new Map(status.grids.map((g) => [g.gridId, g.status]));
  return {
    ...grids,
    features: grids.features.map((f) => {
      const s = byId.get(f.properties.id);
      return s ? { ...f, properties: { ...f.properties, status: s } } : f;
    }),
  };
}
