import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { GeoJSON } from 'geojson';
import { PROBLEM_STATUS_COLORS } from '@wangge/geodata';
import { SCORE_SOURCES, scoreLabelLayer, scorePointLayer } from '../assessment/map/assessment.layer.ts';
import { COMMUNITY_SOURCES, communityFillLayer, communityLabelLayer, communityLineLayer } from '../communities/communities.layer.ts';
import { DEFECT_COLORS } from '../coverage/coverage.layer.ts';
import { GRID_SOURCES, gridFillLayer, gridLineLayer } from '../grids/grids.layer.ts';
import { MAP_COLORS, MAP_FONTS } from '../map/theme.ts';
import { ZONE_SOURCES, zoneLineLayer } from '../zones/zones.layer.ts';
import type { PrintKind, PrintOverlay } from './print-params.ts';

/** Source ids of the print map: the app's own where its layer builders are reused, plus two more. */
export const PRINT_SOURCES = {
  communities: COMMUNITY_SOURCES.areas,
  communityLabels: COMMUNITY_SOURCES.labels,
  grids: GRID_SOURCES.grids,
  gridLabels: GRID_SOURCES.labels,
  defects: 'defects',
  problems: 'problems',
  zones: ZONE_SOURCES.areas,
  scoredPoints: SCORE_SOURCES.points,
} as const;
export type PrintSourceId = (typeof PRINT_SOURCES)[keyof typeof PRINT_SOURCES];

/** Colours the sheet adds to the app's theme: paper, neutral grids, grids with a defect, pin rings. */
export const PRINT_COLORS = {
  paper: '#ffffff',
  outside: '#eef1f4',
  neutralGrid: '#ffffff',
  neutralGridLine: '#7b8794',
  defectGrid: '#fde0dc',
  pinRing: '#263238',
} as const;

export const GRID_LABEL_LAYER = 'print-grid-labels';

/** Defects in the app's colours, so the paper and the coverage view read the same. */
export { DEFECT_COLORS };
export const DEFECT_FILL_OPACITY = 0.75;
/** A scored grid is a tint of its band's colour on paper: its points' stars, in the full colour, stand out on it. */
export const SCORE_GRID_OPACITY = 0.55;

/** Sizes for one sheet: `u` is 1 on A4 and √2 on A3, so text keeps its share of the paper. */
export interface PrintScale {
  u: number;
  /** community sheets are zoomed in: grid names fit beside their codes */
  detailed: boolean;
  /** the community a sheet is about; its neighbours are drawn as muted context */
  focus: string | null;
  overlays: readonly PrintOverlay[];
  /** the grid selected on screen, outlined as the app outlines it */
  selected: string | null;
}


function gridFill(kind: PrintKind): LayerSpecification {
  const shared = gridFillLayer() as Extract<LayerSpecification, { type: 'fill' }>;
  if (kind === 'status') return shared;
  const color: ExpressionSpecification =
    kind === 'coverage'
      ? ['case', ['boolean', ['get', 'defect'], false], PRINT_COLORS.defectGrid, PRINT_COLORS.neutralGrid]
      : kind === 'assessment'
        ? ['coalesce', ['get', 'scoreColour'], PRINT_COLORS.neutralGrid]
        : ['literal', PRINT_COLORS.neutralGrid];
  return { ...shared, paint: { 'fill-color': color, 'fill-opacity': kind === 'assessment' ? SCORE_GRID_OPACITY : 1 } };
}

function gridLine(kind: PrintKind, { u }: PrintScale): LayerSpecification {
  const shared = gridLineLayer() as Extract<LayerSpecification, { type: 'line' }>;
  const color = kind === 'status' ? MAP_COLORS.gridLine : PRINT_COLORS.neutralGridLine;
  return { ...shared, paint: { 'line-color': color, 'line-width': 1.1 * u } };
}

/** Grid codes at print size: the full 15-digit code, with the grid's name under it on community sheets. */
function gridLabel({ u, detailed }: PrintScale): LayerSpecification {
  const field: ExpressionSpecification = detailed
    ? ['format', ['get', 'code'], {}, '\n', {}, ['get', 'name'], { 'font-scale': 0.92 }]
    : ['format', ['get', 'code'], {}];
  return {
    id: GRID_LABEL_LAYER,
    type: 'symbol',
    source: PRINT_SOURCES.gridLabels,
    layout: {
      'text-field': field,
      'text-font': [...MAP_FONTS.regular],
      'text-size': (detailed ? 10 : 8.5) * u,
      // a community name sits on some grid's best spot: the code then moves just beside it
      'text-variable-anchor-offset': ['center', [0, 0], 'top', [0, 1.5], 'bottom', [0, -1.5], 'top', [0, 2.4], 'bottom', [0, -2.4]],
      'text-padding': 1,
      'text-line-height': 1.25,
      'text-max-width': 30,
    },
    paint: { 'text-color': MAP_COLORS.label, 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 1.3 * u },
  };
}

const isFocus = (focus: string | null): ExpressionSpecification => (focus === null ? ['literal', true] : ['==', ['get', 'id'], focus]);

function communityFill({ focus }: PrintScale): LayerSpecification {
  const shared = communityFillLayer() as Extract<LayerSpecification, { type: 'fill' }>;
  return { ...shared, filter: isFocus(focus) };
}

function communityLabel({ u, focus }: PrintScale): LayerSpecification {
  const shared = communityLabelLayer() as Extract<LayerSpecification, { type: 'symbol' }>;
  return {
    ...shared,
    // always shown, and placed first (it is above the grid codes), so codes make room for it
    layout: { ...shared.layout, 'text-size': ['case', isFocus(focus), 13 * u, 11 * u], 'text-allow-overlap': true },
    paint: { ...shared.paint, 'text-color': ['case', isFocus(focus), MAP_COLORS.communityLine, PRINT_COLORS.neutralGridLine], 'text-halo-width': 2.2 * u },
  };
}

function communityLine({ u }: PrintScale): LayerSpecification {
  const shared = communityLineLayer() as Extract<LayerSpecification, { type: 'line' }>;
  return { ...shared, paint: { ...shared.paint, 'line-width': 2 * u } };
}

function defectLayers({ u }: PrintScale): LayerSpecification[] {
  const color: ExpressionSpecification = ['match', ['get', 'kind'], 'overlap', DEFECT_COLORS.overlap, 'gap', DEFECT_COLORS.gap, DEFECT_COLORS.outside];
  return [
    { id: 'print-defects-fill', type: 'fill', source: PRINT_SOURCES.defects, paint: { 'fill-color': color, 'fill-opacity': DEFECT_FILL_OPACITY } },
    { id: 'print-defects-line', type: 'line', source: PRINT_SOURCES.defects, paint: { 'line-color': color, 'line-width': 2.5 * u } },
  ];
}

/** 专项责任区 as the app draws their edges (dashed); the hatch is left out, it would muddy the status colours on paper. */
function zoneLine({ u }: PrintScale): LayerSpecification {
  const shared = zoneLineLayer() as Extract<LayerSpecification, { type: 'line' }>;
  return { ...shared, layout: { ...shared.layout, visibility: 'visible' }, paint: { ...shared.paint, 'line-width': 1.6 * u } };
}

/** An invisible symbol on each pin: circles take no part in label placement, symbols do, so codes move off pins. */
function pinKeepOut({ u }: PrintScale): LayerSpecification {
  return {
    id: 'print-problems-keep-out',
    type: 'symbol',
    source: PRINT_SOURCES.problems,
    layout: { 'text-field': '●', 'text-font': [...MAP_FONTS.regular], 'text-size': 15 * u, 'text-allow-overlap': true },
    paint: { 'text-opacity': 0 },
  };
}

/** Every pin, unclustered: a meeting sheet shows each problem, coloured by its workflow status. */
function problemLayers(scale: PrintScale): LayerSpecification[] {
  const { u } = scale;
  const pairs = Object.entries(PROBLEM_STATUS_COLORS).flat();
  const color = ['match', ['get', 'status'], ...pairs, '#4d4d4d'] as unknown as ExpressionSpecification;
  return [
    pinKeepOut(scale),
    { id: 'print-problems-halo', type: 'circle', source: PRINT_SOURCES.problems, paint: { 'circle-color': PRINT_COLORS.pinRing, 'circle-radius': 7.5 * u } },
    {
      id: 'print-problems',
      type: 'circle',
      source: PRINT_SOURCES.problems,
      paint: { 'circle-color': color, 'circle-radius': 5 * u, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.6 * u },
    },
  ];
}

/** A round's sampled points as the app's score layer draws them (a star in its band's colour, its score beside it), at print size. */
function scoreLayers({ u }: PrintScale): LayerSpecification[] {
  const star = scorePointLayer() as Extract<LayerSpecification, { type: 'symbol' }>;
  const label = scoreLabelLayer() as Extract<LayerSpecification, { type: 'symbol' }>;
  return [
    { ...star, layout: { ...star.layout, visibility: 'visible', 'text-size': 22 * u }, paint: { ...star.paint, 'text-halo-width': 1.6 * u } },
    { ...label, layout: { ...label.layout, visibility: 'visible', 'text-size': 10 * u }, paint: { ...label.paint, 'text-halo-width': 1.5 * u } },
  ];
}

/** The selected grid as the app draws it: a white casing under a thick line in the selection colour. */
function selectionLayers({ u, selected }: PrintScale): LayerSpecification[] {
  if (selected === null) return [];
  const filter: ExpressionSpecification = ['==', ['get', 'id'], selected];
  return [
    { id: 'print-selection-casing', type: 'line', source: PRINT_SOURCES.grids, filter, layout: { 'line-join': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': 6 * u } },
    { id: SELECTION_LINE_LAYER, type: 'line', source: PRINT_SOURCES.grids, filter, layout: { 'line-join': 'round' }, paint: { 'line-color': MAP_COLORS.selection, 'line-width': 3 * u } },
  ];
}

export const SELECTION_LINE_LAYER = 'print-selection-line';

/** The sheet's style: our GeoJSON sources with their data inline, no basemap, sprite or glyphs URL (labels render locally). */
export function printStyle(kind: PrintKind, scale: PrintScale, data: Readonly<Record<PrintSourceId, GeoJSON>>): StyleSpecification {
  const sources = Object.fromEntries(Object.values(PRINT_SOURCES).map((id): [string, SourceSpecification] => [id, { type: 'geojson', data: data[id] }]));
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': PRINT_COLORS.outside } },
    communityFill(scale),
    gridFill(kind),
    gridLine(kind, scale),
    ...(kind === 'coverage' ? defectLayers(scale) : []),
    communityLine(scale),
    ...(scale.overlays.includes('zones') ? [zoneLine(scale)] : []),
    ...selectionLayers(scale),
    gridLabel(scale),
    communityLabel(scale),
    ...(kind === 'problems' || scale.overlays.includes('problems') ? problemLayers(scale) : []),
    ...(kind === 'assessment' ? scoreLayers(scale) : []),
  ];
  return { version: 8, name: 'wangge-print', sources, layers };
}
