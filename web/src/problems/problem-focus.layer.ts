import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS } from '../map/theme.ts';
import { PROBLEM_SOURCES } from './problems.layer.ts';

export const PROBLEM_FOCUS_LAYERS = {
  ring: 'problem-focus-ring',
  draft: 'problem-draft',
  draftDot: 'problem-draft-dot',
} as const;

/** `open`: the problem whose card is shown; `draft`: where the problem being filed will go. */
export type FocusKind = 'open' | 'draft';

/** The focus source's data: at most one open problem and one draft pin. */
export function focusFeatures(points: { kind: FocusKind; at: readonly [number, number] | null }[]): FeatureCollection<Point, { kind: FocusKind }> {
  return {
    type: 'FeatureCollection',
    features: points.flatMap(({ kind, at }) => (at ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [at[0], at[1]] }, properties: { kind } }] : [])),
  };
}

/** A ring around the open problem's pin, outside its halo (or the cluster holding it). */
export function problemFocusRingLayer(): LayerSpecification {
  return {
    id: PROBLEM_FOCUS_LAYERS.ring,
    type: 'circle',
    source: PROBLEM_SOURCES.focus,
    filter: ['==', ['get', 'kind'], 'open'],
    paint: {
      'circle-radius': 16,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': MAP_COLORS.selection,
      'circle-stroke-width': 3,
    },
  };
}

/** The draft pin: a large blue dot with a white centre, unlike any problem pin. */
export function problemDraftLayer(): LayerSpecification {
  return {
    id: PROBLEM_FOCUS_LAYERS.draft,
    type: 'circle',
    source: PROBLEM_SOURCES.focus,
    filter: ['==', ['get', 'kind'], 'draft'],
    paint: {
      'circle-radius': 11,
      'circle-color': MAP_COLORS.draft,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 3,
    },
  };
}

export function problemDraftDotLayer(): LayerSpecification {
  return {
    id: PROBLEM_FOCUS_LAYERS.draftDot,
    type: 'circle',
    source: PROBLEM_SOURCES.focus,
    filter: ['==', ['get', 'kind'], 'draft'],
    paint: { 'circle-radius': 3.5, 'circle-color': '#ffffff' },
  };
}
