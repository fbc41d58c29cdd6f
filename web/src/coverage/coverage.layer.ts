import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { COMMUNITY_SOURCES } from '../communities/communities.layer.ts';
import { hatchPattern } from '../map/hatch-pattern.ts';
import type { MapImage } from '../map/map-feature.ts';
import type { Defect, DefectKind } from './defects.ts';

/** Source id of the defects of the report on show. */
export const COVERAGE_SOURCE = 'coverage';

export const COVERAGE_LAYERS = {
  veil: 'coverage-veil',
  tint: 'coverage-tint',
  hatch: 'coverage-hatch',
  line: 'coverage-line',
  focus: 'coverage-focus',
  invalid: 'coverage-invalid',
} as const;

/**
 * Overlaps red and gaps orange, spill-overs purple and invalid grids near-black: all
 * darker than the status colours they lie on, and told apart by hatch and outline, not by hue alone.
 */
export const DEFECT_COLORS: Readonly<Record<DefectKind, string>> = {
  overlap: '#c81e1e',
  gap: '#e8710a',
  outside: '#7b3294',
  invalid: '#1f1f1f',
};

const HATCH_KINDS = ['overlap', 'gap', 'outside'] as const;
const hatchImage = (kind: DefectKind) => `coverage-hatch-${kind}`;

export type DefectFeature = Feature<Polygon | MultiPolygon | Point, { key: string; kind: DefectKind }>;

/** The defects as map features (those with a shape); a focused one is picked out by its key. */
export function defectFeatures(defects: readonly Defect[]): FeatureCollection<Polygon | MultiPolygon | Point, DefectFeature['properties']> {
  return {
    type: 'FeatureCollection',
    features: defects
      .filter((d) => d.geometry !== null)
      .map((d): DefectFeature => ({ type: 'Feature', geometry: d.geometry!, properties: { key: d.key, kind: d.kind } })),
  };
}

/** The hatch of each kind with an area, by image id, drawn when a layer first needs it. */
export function coverageImages(): Record<string, () => MapImage> {
  return Object.fromEntries(HATCH_KINDS.map((kind) => [hatchImage(kind), () => hatchPattern(10, DEFECT_COLORS[kind], 3)]));
}

function byKind(values: Readonly<Record<DefectKind, string>>): ExpressionSpecification {
  const pairs = (Object.keys(values) as DefectKind[]).flatMap((k) => [k, values[k]]);
  // the spec's tuple type cannot describe pairs spread from an array; the style test validates it
  return ['match', ['get', 'kind'], ...pairs, '#000000'] as unknown as ExpressionSpecification;
}

const AREAS: ExpressionSpecification = ['!=', ['geometry-type'], 'Point'];

export function focusFilter(key: string | null): FilterSpecification {
  return ['all', AREAS, ['==', ['get', 'key'], key ?? '']];
}

/**
 * A white veil over the status fills while defects are shown: a red overlap on a red "missing"
 * grid would vanish. Hidden until the coverage or edit view opens.
 */
export function coverageVeilLayer(): LayerSpecification {
  return {
    id: COVERAGE_LAYERS.veil,
    type: 'fill',
    source: COMMUNITY_SOURCES.areas,
    layout: { visibility: 'none' },
    paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.6 },
  };
}

export function coverageTintLayer(): LayerSpecification {
  return {
    id: COVERAGE_LAYERS.tint,
    type: 'fill',
    source: COVERAGE_SOURCE,
    filter: AREAS,
    paint: { 'fill-color': byKind(DEFECT_COLORS), 'fill-opacity': 0.22 },
  };
}

export function coverageHatchLayer(): LayerSpecification {
  const images = Object.fromEntries(HATCH_KINDS.map((k) => [k, hatchImage(k)])) as Record<DefectKind, string>;
  return {
    id: COVERAGE_LAYERS.hatch,
    type: 'fill',
    source: COVERAGE_SOURCE,
    filter: ['all', AREAS, ['!=', ['get', 'kind'], 'invalid']],
    paint: { 'fill-pattern': byKind({ ...images, invalid: images.overlap }) },
  };
}

export function coverageLineLayer(): LayerSpecification {
  return {
    id: COVERAGE_LAYERS.line,
    type: 'line',
    source: COVERAGE_SOURCE,
    filter: AREAS,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': byKind(DEFECT_COLORS), 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 1.5, 17, 2.5] },
  };
}

/** The defect clicked in the list: a heavier outline with a white casing under it. */
export function coverageFocusLayer(): LayerSpecification {
  return {
    id: COVERAGE_LAYERS.focus,
    type: 'line',
    source: COVERAGE_SOURCE,
    filter: focusFilter(null),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': byKind(DEFECT_COLORS), 'line-width': 4.5, 'line-gap-width': 0 },
  };
}

/** An invalid grid's bad position (a crossing, an out-of-range point) as a ringed dot. */
export function coverageInvalidLayer(): LayerSpecification {
  return {
    id: COVERAGE_LAYERS.invalid,
    type: 'circle',
    source: COVERAGE_SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-color': DEFECT_COLORS.invalid,
      'circle-radius': 6,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2.5,
    },
  };
}

export function coverageLayers(): LayerSpecification[] {
  return [coverageVeilLayer(), coverageTintLayer(), coverageHatchLayer(), coverageLineLayer(), coverageFocusLayer(), coverageInvalidLayer()];
}
