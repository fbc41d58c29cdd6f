import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A grid's or boundary's id: properties.id, else feature.id, else its index in the file. */
export type FeatureId = string | number;

export const INVALID_REASONS = {
  selfIntersection: 'self-intersection',
  unclosedRing: 'unclosed-ring',
  tooFewPositions: 'too-few-positions',
  nonFinite: 'non-finite',
  outOfRange: 'out-of-range',
  swappedLatLon: 'swapped-lat-lon',
  holeOutsideShell: 'hole-outside-shell',
  notPolygon: 'not-polygon',
} as const;
export type InvalidReason = (typeof INVALID_REASONS)[keyof typeof INVALID_REASONS];

export interface OverlapItem {
  grids: [FeatureId, FeatureId];
  areaM2: number;
  geometry: Polygon | MultiPolygon;
}

export interface GapItem {
  /** the boundary the gap lies in; null when no boundaries were given (a hole enclosed by grids) */
  boundary: FeatureId | null;
  areaM2: number;
  /** grids that share an edge with the gap */
  neighbors: FeatureId[];
  geometry: Polygon | MultiPolygon;
}

export interface OutsideItem {
  grid: FeatureId;
  /** the grid's own boundary when one is assigned, else the boundary it overlaps most (null: none) */
  boundary: FeatureId | null;
  areaM2: number;
  geometry: Polygon | MultiPolygon;
}

export interface InvalidItem {
  grid: FeatureId;
  reason: InvalidReason;
  /** the offending position as given (or the crossing point), null when there is none */
  at: Position | null;
}

export const WARNING_KINDS = {
  /** shared edges whose vertices differ (T-junctions), resolved exactly: no area is lost */
  misalignedEdge: 'misaligned-edge',
  /** shared edges that differ by less than the minimum area: noise, left out of the lists */
  microSliver: 'micro-sliver',
  /** a grid was used after an unambiguous repair (its invalid entry says what was wrong) */
  repaired: 'repaired',
  /** a boundary polygon could not be used */
  invalidBoundary: 'invalid-boundary',
} as const;
export type WarningKind = (typeof WARNING_KINDS)[keyof typeof WARNING_KINDS];

export interface CoverageWarning {
  kind: WarningKind;
  grids: FeatureId[];
  boundary?: FeatureId | null;
  /** how many junctions or pieces the warning stands for */
  count?: number;
  areaM2?: number;
  reason?: InvalidReason;
  at: Position | null;
}

export interface CoverageSummary {
  grids: number;
  boundaries: number;
  coveredPct: number;
  overlapCount: number;
  overlapAreaM2: number;
  gapCount: number;
  gapAreaM2: number;
  outsideCount: number;
  outsideAreaM2: number;
  invalidCount: number;
  /** pieces under minAreaM2, left out of the lists and counts */
  ignoredPieces: number;
  ignoredAreaM2: number;
  misalignedEdges: number;
}

export interface CoverageReport {
  ok: boolean;
  summary: CoverageSummary;
  overlaps: OverlapItem[];
  gaps: GapItem[];
  outside: OutsideItem[];
  invalid: InvalidItem[];
  warnings: CoverageWarning[];
}

export interface CoverageOptions {
  /** pieces smaller than this (m²) are noise; default 1 */
  minAreaM2?: number;
  /** grid id → the boundary id it must lie in (its community) */
  gridBoundary?: Map<FeatureId, FeatureId>;
  /** vertices closer than this (metres) are the same vertex; default 0.001 */
  toleranceM?: number;
  /** filled with milliseconds per phase, for benchmarks */
  profile?: Record<string, number>;
}
