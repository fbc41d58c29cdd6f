import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS, MAP_FONTS } from '../map/theme.ts';

/** Source ids: the grids being edited, their labels, the selected grid's handles, and previews. */
export const EDIT_SOURCES = { grids: 'edit-grids', labels: 'edit-labels', handles: 'edit-handles', preview: 'edit-preview' } as const;

/** The edit view's layers: the grids being edited (not the committed ones), handles and previews. */
export const EDIT_LAYERS = {
  fill: 'edit-fill',
  line: 'edit-line',
  selectedFill: 'edit-selected-fill',
  selectedLine: 'edit-selected-line',
  previewFill: 'edit-preview-fill',
  previewLine: 'edit-preview-line',
  previewVertices: 'edit-preview-vertices',
  label: 'edit-label',
  midpoints: 'edit-midpoints',
  vertices: 'edit-vertices',
} as const;

export const EDIT_COLORS = {
  line: '#3b4350',
  selected: '#1d4ed8',
  shared: '#1d4ed8',
  picked: '#dc2626',
  preview: '#0369a1',
  /** the area a fix moves from one grid to another */
  moves: '#c2410c',
} as const;

const role = ['get', 'role'] as ExpressionSpecification;
const polygonsOnly: FilterSpecification = ['!=', ['geometry-type'], 'Point'];

const hidden = { visibility: 'none' } as const;

export function selectedFilter(id: string | null): FilterSpecification {
  return ['==', ['get', 'id'], id ?? ''];
}

export function editFillLayer(): LayerSpecification {
  return { id: EDIT_LAYERS.fill, type: 'fill', source: EDIT_SOURCES.grids, layout: hidden, paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.3 } };
}

export function editLineLayer(): LayerSpecification {
  return {
    id: EDIT_LAYERS.line,
    type: 'line',
    source: EDIT_SOURCES.grids,
    layout: { ...hidden, 'line-join': 'round' },
    paint: { 'line-color': EDIT_COLORS.line, 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.8, 17, 1.6] },
  };
}

export function editSelectedFillLayer(): LayerSpecification {
  return {
    id: EDIT_LAYERS.selectedFill,
    type: 'fill',
    source: EDIT_SOURCES.grids,
    filter: selectedFilter(null),
    layout: hidden,
    paint: { 'fill-color': EDIT_COLORS.selected, 'fill-opacity': 0.12 },
  };
}

export function editSelectedLineLayer(): LayerSpecification {
  return {
    id: EDIT_LAYERS.selectedLine,
    type: 'line',
    source: EDIT_SOURCES.grids,
    filter: selectedFilter(null),
    layout: { ...hidden, 'line-join': 'round' },
    paint: { 'line-color': EDIT_COLORS.selected, 'line-width': 3 },
  };
}

/**
 * A fix or import waiting for "apply", or a recorded version from the history: dashed, not yet
 * real. A fix's area that changes hands (role "moves") is filled strongly, the grid giving it up
 * (role "loses") only outlined.
 */
export function editPreviewFillLayer(): LayerSpecification {
  return {
    id: EDIT_LAYERS.previewFill,
    type: 'fill',
    source: EDIT_SOURCES.preview,
    filter: polygonsOnly,
    layout: hidden,
    paint: {
      'fill-color': ['match', role, 'moves', EDIT_COLORS.moves, EDIT_COLORS.preview] as ExpressionSpecification,
      'fill-opacity': ['match', role, 'moves', 0.5, 'loses', 0.06, 0.1] as ExpressionSpecification,
    },
  };
}

export function editPreviewLineLayer(): LayerSpecification {
  return {
    id: EDIT_LAYERS.previewLine,
    type: 'line',
    source: EDIT_SOURCES.preview,
    filter: polygonsOnly,
    layout: { ...hidden, 'line-join': 'round' },
    paint: {
      'line-color': ['match', role, 'moves', EDIT_COLORS.moves, EDIT_COLORS.preview] as ExpressionSpecification,
      'line-width': ['match', role, 'moves', 1.5, 2.5] as ExpressionSpecification,
      'line-dasharray': [2, 1.5],
    },
  };
}

/** Vertices a fix adds to grids so their borders meet the new shape exactly: they change no area. */
export function editPreviewVertexLayer(): LayerSpecification {
  return {
    id: EDIT_LAYERS.previewVertices,
    type: 'circle',
    source: EDIT_SOURCES.preview,
    filter: ['==', ['geometry-type'], 'Point'],
    layout: hidden,
    paint: { 'circle-radius': 4, 'circle-color': '#ffffff', 'circle-stroke-color': EDIT_COLORS.preview, 'circle-stroke-width': 2 },
  };
}

export function editLabelLayer(): LayerSpecification {
  return {
    id: EDIT_LAYERS.label,
    type: 'symbol',
    source: EDIT_SOURCES.labels,
    layout: {
      ...hidden,
      'text-field': ['step', ['zoom'], ['slice', ['get', 'code'], 12], 15.5, ['get', 'code']] as ExpressionSpecification,
      'text-font': [...MAP_FONTS.regular],
      'text-size': ['interpolate', ['linear'], ['zoom'], 12, 10, 17, 13],
      'text-padding': 2,
    },
    paint: { 'text-color': MAP_COLORS.label, 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 1.4 },
  };
}

/** Edge midpoints of the selected grid: drag one (or click it) to add a vertex there, in every grid on that edge. */
export function editMidpointLayer(): LayerSpecification {
  return {
    id: EDIT_LAYERS.midpoints,
    type: 'circle',
    source: EDIT_SOURCES.handles,
    filter: ['==', ['get', 'kind'], 'mid'],
    // below this zoom the midpoints of a densified boundary crowd out the vertices
    minzoom: 15,
    layout: hidden,
    paint: { 'circle-radius': 4, 'circle-color': '#ffffff', 'circle-opacity': 0.85, 'circle-stroke-color': EDIT_COLORS.selected, 'circle-stroke-width': 1.5 },
  };
}

/** Vertices of the selected grid; a filled one is shared with a neighbour and moves in both. */
export function editVertexLayer(): LayerSpecification {
  return {
    id: EDIT_LAYERS.vertices,
    type: 'circle',
    source: EDIT_SOURCES.handles,
    filter: ['==', ['get', 'kind'], 'vertex'],
    // zoomed further out a densified boundary is a solid string of handles, too close to pick one
    minzoom: 14,
    layout: hidden,
    paint: {
      'circle-radius': ['case', ['get', 'picked'], 7, 5.5],
      'circle-color': ['case', ['get', 'picked'], EDIT_COLORS.picked, ['>', ['get', 'shared'], 1], EDIT_COLORS.shared, '#ffffff'],
      'circle-stroke-color': ['case', ['>', ['get', 'shared'], 1], '#ffffff', EDIT_COLORS.selected],
      'circle-stroke-width': 2,
    },
  };
}

/** Bottom up: fills under the defect layers, everything else over them (edit.feature.ts gives them their slots). */
export function editAreaLayers(): LayerSpecification[] {
  return [editFillLayer()];
}

export function editOverlayLayers(): LayerSpecification[] {
  return [editLineLayer(), editSelectedFillLayer(), editSelectedLineLayer(), editPreviewFillLayer(), editPreviewLineLayer(), editPreviewVertexLayer(), editLabelLayer(), editMidpointLayer(), editVertexLayer()];
}
