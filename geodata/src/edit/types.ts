import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** A grid as the edit operations see it: a polygon feature whose id is properties.id (else feature.id). */
export type EditFeature = Feature<Polygon | MultiPolygon>;

/**
 * What an edit does, without doing it: features to put (replace by id, or add) and ids to delete.
 * The store applies it; undo applies its inverse (see change-set.ts).
 */
export interface ChangeSet<F extends EditFeature = EditFeature> {
  put: F[];
  delete: string[];
}

export const EDIT_ERRORS = {
  unknownGrid: 'unknown-grid',
  idTaken: 'id-taken',
  invalidPosition: 'invalid-position',
  noVertex: 'no-vertex',
  noEdge: 'no-edge',
  selfIntersection: 'self-intersection',
  degenerate: 'degenerate',
  lineNotCrossing: 'line-not-crossing',
  lineCrossesMore: 'line-crosses-more',
  lineSelfIntersects: 'line-self-intersects',
  lineCrossesHole: 'line-crosses-hole',
  sameGrid: 'same-grid',
  notAdjacent: 'not-adjacent',
  noNeighbour: 'no-neighbour',
  notInGrid: 'not-in-grid',
  /** borders of several grids meet at the vertex */
  junction: 'junction',
} as const;
export type EditErrorCode = (typeof EDIT_ERRORS)[keyof typeof EDIT_ERRORS];

export interface EditError {
  code: EditErrorCode;
  message: string;
  /** the grids concerned, when there are some */
  grids?: string[];
  at?: Position;
}

/** Edits refuse by returning an error, never by throwing: a refused drag is an everyday event. */
export type EditResult<F extends EditFeature = EditFeature> =
  | { ok: true; change: ChangeSet<F> }
  | { ok: false; error: EditError };

export function refuse(code: EditErrorCode, message: string, extra: Omit<EditError, 'code' | 'message'> = {}): { ok: false; error: EditError } {
  return { ok: false, error: { code, message, ...extra } };
}

/** Vertices within this many degrees on both axes are the same vertex (≈ 0.1 mm). */
export const VERTEX_TOLERANCE_DEG = 1e-9;
/** Noding tolerance for gap and overlap fixes, as the coverage check welds (metres). */
export const NODE_TOLERANCE_M = 0.001;
