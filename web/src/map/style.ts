import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Basemap } from '@wangge/geodata';
import type { Overlay } from '../state/url-state.ts';
import { basemapLayers, basemapSources } from './layers/basemap.layer.ts';
import { coverageLayers } from './layers/coverage.layer.ts';
import { editAreaLayers, editOverlayLayers } from './layers/edit.layer.ts';
import { communityFillLayer, communityLabelLayer, communityLineLayer } from './layers/communities.layer.ts';
import { gridFillLayer, gridLabelLayer, gridLineLayer } from './layers/grids.layer.ts';
import {
  PROBLEM_LAYERS,
  problemClusterCountLayer,
  problemClusterLayer,
  problemHaloLayer,
  problemPointLayer,
  problemRoomLayer,
  problemsSource,
} from './layers/problems.layer.ts';
import { problemDraftDotLayer, problemDraftLayer, problemFocusRingLayer } from './layers/problem-focus.layer.ts';
import { selectionCasingLayer, selectionLineLayer, selectionPointLayer } from './layers/selection.layer.ts';
import { ZONE_LAYERS, zoneFillLayer, zoneLabelLayer, zoneLineLayer } from './layers/zones.layer.ts';
import { MAP_COLORS, SOURCES, type SourceId } from './theme.ts';

const empty = (): SourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });

/** Which layers each overlay toggle shows and hides. */
export const OVERLAY_LAYERS: Readonly<Record<Overlay, readonly string[]>> = {
  zones: Object.values(ZONE_LAYERS),
  problems: Object.values(PROBLEM_LAYERS),
};

/**
 * Layers bottom up. Beyond DESIGN's order (communities · grids · zones · coverage defects · problems ·
 * selection), the community edges sit above the opaque grid fills and all labels sit above zones and
 * the selection line, so neither hides text; pins and the clicked spot stay on top. While the edit
 * view is open its own grids (with handles and previews) stand in for the grids, around the defects.
 */
export function mapLayers(basemap: Basemap | null = null): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } },
    ...basemapLayers(basemap),
    communityFillLayer(basemap !== null),
    gridFillLayer(),
    gridLineLayer(),
    communityLineLayer(),
    zoneFillLayer(),
    zoneLineLayer(),
    ...editAreaLayers(),
    ...coverageLayers(),
    ...editOverlayLayers(),
    selectionCasingLayer(),
    selectionLineLayer(),
    zoneLabelLayer(),
    gridLabelLayer(),
    communityLabelLayer(),
    // above the labels, so they are placed around the pins rather than under them
    problemRoomLayer(),
    problemClusterLayer(),
    problemHaloLayer(),
    problemPointLayer(),
    problemClusterCountLayer(),
    problemFocusRingLayer(),
    problemDraftLayer(),
    problemDraftDotLayer(),
    selectionPointLayer(),
  ];
}

/**
 * The whole style: plain background and our own GeoJSON sources, under them the basemap's tiles
 * only when the server is configured with one. No sprite or glyphs URL: without a basemap the map
 * works with no network beyond the app's own origin.
 */
export function mapStyle(basemap: Basemap | null = null): StyleSpecification {
  const sources: Record<SourceId, SourceSpecification> = {
    [SOURCES.communities]: empty(),
    [SOURCES.communityLabels]: empty(),
    [SOURCES.grids]: empty(),
    [SOURCES.gridLabels]: empty(),
    [SOURCES.zones]: empty(),
    [SOURCES.zoneLabels]: empty(),
    [SOURCES.problems]: problemsSource(),
    [SOURCES.problemFocus]: empty(),
    [SOURCES.coverage]: empty(),
    [SOURCES.editGrids]: empty(),
    [SOURCES.editLabels]: empty(),
    [SOURCES.editHandles]: empty(),
    [SOURCES.editPreview]: empty(),
    [SOURCES.clickPoint]: empty(),
  };
  return { version: 8, name: 'wangge', sources: { ...basemapSources(basemap), ...sources }, layers: mapLayers(basemap) };
}
