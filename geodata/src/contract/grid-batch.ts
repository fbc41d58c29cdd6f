import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CoverageSummary } from '../coverage/types.ts';
import type { Effective } from '../domain/validity.ts';
import type { GridApiProps } from './api-types.ts';

/** A grid's people as a save gives them: replacing whoever held the posts, from the save's effective week. */
export interface GridPeopleInput {
  manager: { name: string; phone: string } | null;
  supervisors: { name: string; phone: string }[];
}

/** The attributes a planner edits; in an update only the changed ones are sent. */
export interface GridAttributes {
  code?: string;
  name?: string;
  communityId?: string;
  areaId?: string;
  /** lead unit first */
  unitIds?: string[];
  /** the manager and supervisors (a merge proposes both grids', a split asks which go where); left out: unchanged */
  people?: GridPeopleInput;
}

/**
 * POST /api/grids/batch: every changed grid of one save, written in one transaction. Each update
 * and retirement names the version it was based on (409 when someone saved it meanwhile).
 */
export interface GridBatch {
  update: (GridAttributes & { id: string; version: number; geometry?: Polygon | MultiPolygon })[];
  create: (Required<Omit<GridAttributes, 'people'>> & Pick<GridAttributes, 'people'> & { id: string; geometry: Polygon | MultiPolygon })[];
  retire: { id: string; version: number }[];
  /** save even though the coverage gets worse (422 without it) */
  confirmWorse?: boolean;
  /** retire grids although some of their units hold none of the save's grids afterwards (422 `units_dropped` without it) */
  confirmDropUnits?: boolean;
  /**
   * when the change is in force for weekly reports: from next week (the default: the running week
   * keeps its layout, units and people) or from the running week
   */
  effective?: Effective;
}

/** POST /api/grids/batch's answer. */
export interface BatchSaved {
  saved: FeatureCollection<Polygon | MultiPolygon, GridApiProps>;
  retired: string[];
  coverage: CoverageSummary;
  /** the first week the saved layout is in force */
  effectiveWeek: string;
  /** open problems moved to the grid and units now at their point */
  rerouted: { problemId: string; fromGridId: string | null; toGridId: string | null }[];
}

/** PUT /api/grids/:id: one grid's new geometry. */
export interface GridUpdateRequest {
  geometry: Polygon | MultiPolygon;
  version: number;
  confirmWorse?: boolean;
}

/** POST /api/grids/:id/restore: back to the geometry of an earlier version. */
export interface GridRestoreRequest {
  toVersion: number;
  version: number;
  confirmWorse?: boolean;
}

/** The answer to PUT /api/grids/:id and POST /api/grids/:id/restore: the saved grid and the coverage after it. */
export interface GridSaved {
  type: 'Feature';
  id: string;
  geometry: Polygon | MultiPolygon;
  properties: GridApiProps;
  coverage: CoverageSummary;
}

type GridSnapshot = { version?: number; code?: string; name?: string; geometry?: Polygon | MultiPolygon } | null;

/** A recorded change of one grid: GET /api/grids/:id/history, newest first. */
export interface GridHistoryEntry {
  id: number;
  at: string;
  userId: string | null;
  action: 'create' | 'update' | 'retire' | string;
  before: GridSnapshot;
  after: GridSnapshot;
}
