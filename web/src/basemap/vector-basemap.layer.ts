import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { MAP_FONTS } from '../map/theme.ts';

/**
 * A calm style for a vector basemap's layers (what `npm run build-basemap` writes: land, streets,
 * roads, landmarks, labels): pale areas and thin lines in warm greys, well apart from every status
 * colour, so the grids' colours read on top. Names are drawn with the system's fonts (no glyph server).
 */
export const BASEMAP_COLORS = {
  land: '#f3efe6',
  landmark: '#e6dfd0',
  park: '#d5e6c8',
  hospital: '#f0d9d6',
  market: '#f1e2c2',
  road: '#fbf3da',
  roadEdge: '#d8c9a3',
  street: '#ffffff',
  streetEdge: '#d6d0c4',
  label: '#6b6255',
} as const;

export const VECTOR_BASEMAP_LAYERS = {
  land: 'basemap-land',
  landmarks: 'basemap-landmarks',
  streetEdges: 'basemap-street-edges',
  streets: 'basemap-streets',
  roads: 'basemap-roads',
  roadEdges: 'basemap-road-edges',
  roadLineEdges: 'basemap-road-line-edges',
  roadLines: 'basemap-road-lines',
  labels: 'basemap-labels',
  lineLabels: 'basemap-line-labels',
} as const;

const polygons: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const lines: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];

const width = (at12: number, at16: number): ExpressionSpecification => ['interpolate', ['exponential', 1.6], ['zoom'], 12, at12, 16, at16];

/** The area layers, bottom up, under everything of ours. */
export function vectorBasemapLayers(source: string): LayerSpecification[] {
  const L = VECTOR_BASEMAP_LAYERS;
  return [
    { id: L.land, type: 'fill', source, 'source-layer': 'land', paint: { 'fill-color': BASEMAP_COLORS.land } },
    {
      id: L.landmarks,
      type: 'fill',
      source,
      'source-layer': 'landmarks',
      paint: { 'fill-color': ['match', ['get', 'kind'], 'park', BASEMAP_COLORS.park, 'hospital', BASEMAP_COLORS.hospital, 'market', BASEMAP_COLORS.market, BASEMAP_COLORS.landmark], 'fill-outline-color': BASEMAP_COLORS.roadEdge },
    },
    { id: L.streetEdges, type: 'line', source, 'source-layer': 'streets', layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': BASEMAP_COLORS.streetEdge, 'line-width': width(1.2, 7) } },
    { id: L.streets, type: 'line', source, 'source-layer': 'streets', layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': BASEMAP_COLORS.street, 'line-width': width(0.6, 5) } },
    { id: L.roads, type: 'fill', source, 'source-layer': 'roads', filter: polygons, paint: { 'fill-color': BASEMAP_COLORS.road } },
    { id: L.roadEdges, type: 'line', source, 'source-layer': 'roads', filter: polygons, paint: { 'line-color': BASEMAP_COLORS.roadEdge, 'line-width': 1 } },
    // a survey's or OpenStreetMap's roads come as centre lines
    { id: L.roadLineEdges, type: 'line', source, 'source-layer': 'roads', filter: lines, layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': BASEMAP_COLORS.roadEdge, 'line-width': width(2, 11) } },
    { id: L.roadLines, type: 'line', source, 'source-layer': 'roads', filter: lines, layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': BASEMAP_COLORS.road, 'line-width': width(1.2, 9) } },
  ];
}

const labelPaint = { 'text-color': BASEMAP_COLORS.label, 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 };

/**
 * Names: the `labels` points (roads and landmarks), and along named street and road centre lines.
 * Over the grid fills (else a street's name hides under its grid), under every label of ours.
 */
export function vectorBasemapLabelLayers(source: string): LayerSpecification[] {
  const along = (layer: string): LayerSpecification => ({
    id: `${VECTOR_BASEMAP_LAYERS.lineLabels}-${layer}`,
    type: 'symbol',
    source,
    'source-layer': layer,
    minzoom: 14,
    filter: ['all', lines, ['has', 'name']],
    layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': [...MAP_FONTS.regular], 'text-size': 11, 'text-optional': true },
    paint: labelPaint,
  });
  return [pointLabels(source), along('roads'), along('streets')];
}

function pointLabels(source: string): LayerSpecification {
  return {
    id: VECTOR_BASEMAP_LAYERS.labels,
    type: 'symbol',
    source,
    'source-layer': 'labels',
    minzoom: 13,
    layout: { 'text-field': ['get', 'name'], 'text-font': [...MAP_FONTS.regular], 'text-size': 11, 'text-optional': true, 'text-padding': 4 },
    paint: labelPaint,
  };
}
