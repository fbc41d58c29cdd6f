import {
  PROBLEM_STATUS,
  STATUS_ORDER,
  extend,
  geometryBBox,
  type BBox,
  type GridsResponse,
  type ProblemStatus,
  type ProblemsResponse,
  type Status,
} from '@wangge/geodata';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { bandColour, SCORE_BANDS, scoreBand, type ScoreBand } from '../assessment/map/score-bands.ts';
import { scoredPoints, type ScoredProps } from '../assessment/map/score-map-data.ts';
import type { PrintData } from './load-print-data.ts';

type Id = string | number;
type Area = Polygon | MultiPolygon;

/** The parts of GET /api/coverage the sheet reads (the full shape is geodata's CoverageReport). */
export interface PrintCoverage {
  summary: { coveredPct: number; overlapCount: number; gapCount: number; outsideCount: number; invalidCount: number };
  overlaps: { grids: Id[]; areaM2: number; geometry: Area }[];
  gaps: { boundary: Id | null; areaM2: number; neighbors: Id[]; geometry: Area }[];
  outside: { grid: Id; boundary: Id | null; areaM2: number; geometry: Area }[];
  invalid: { grid: Id; reason: string }[];
  responsibility?: { issueCount: number; grids: { gridId: string; code: string; issues: string[] }[] };
}

export const DEFECT_KINDS = ['overlap', 'gap', 'outside', 'invalid'] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

export interface DefectRow {
  kind: DefectKind;
  /** the grids' codes */
  grids: string[];
  areaM2: number | null;
}

export interface OverdueRow {
  unitName: string;
  gridCode: string;
  gridName: string;
  status: 'late' | 'missing';
}

export interface OverdueProblemRow {
  category: string;
  gridCode: string | null;
  status: ProblemStatus;
}

export interface ScoredPointRow {
  id: string;
  name: string;
  gridCode: string | null;
  score: number | null;
}

export const SCORE_BAND_ORDER: readonly ScoreBand[] = [...SCORE_BANDS.map((b) => b.band), 'unscored'];

/** The grid selected on screen, as the sheet names it. */
export interface SelectedGrid {
  id: string;
  code: string;
  name: string;
}

/** One printed sheet: the whole county, or one community of it. */
export interface SheetModel {
  community: { id: string; name: string; streetOfficeName: string } | null;
  /** what the map is fitted to: the sheet's grids and boundary, or the frame the export asked for */
  bbox: BBox;
  /** outlined on the map when it is one of this sheet's grids */
  selected: SelectedGrid | null;
  /** the sheet's grids; `status` joined in (status kind), `defect` flagged (coverage kind) */
  grids: GridsResponse;
  problems: ProblemsResponse['features'];
  statusCounts: Record<Status, number>;
  overdue: OverdueRow[];
  problemCounts: Record<ProblemStatus, number>;
  overdueProblems: OverdueProblemRow[];
  defects: FeatureCollection<Area, { kind: DefectKind }>;
  defectRows: DefectRow[];
  defectCounts: Record<DefectKind, number>;
  responsibilityIssues: number;
  /** the round's sampled points on this sheet, coloured by their score (assessment kind) */
  scoredPoints: FeatureCollection<Point, ScoredProps>;
  /** the sheet's sampled points per score band */
  bandCounts: Record<ScoreBand, number>;
  /** the sheet's sampled points, lowest score first, unscored last */
  pointRows: ScoredPointRow[];
}

const zeroCounts = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** How the job frames its map: its own extent, or a box (the screen's view or the selected grid's). */
export interface SheetFrame {
  grid: string | null;
  frame: 'town' | 'view' | 'grid';
  bbox: BBox | null;
}

const NO_FRAME: SheetFrame = { grid: null, frame: 'town', bbox: null };

function sheet(data: PrintData, community: SheetModel['community'], framing: SheetFrame): SheetModel {
  const mine = data.grids.features.filter((f) => !community || f.properties.communityId === community.id);
  const ids = new Set(mine.map((f) => f.properties.id));
  const codeOf = new Map(data.grids.features.map((f) => [String(f.properties.id), f.properties.code]));
  const inSheet = (grid: Id) => ids.has(String(grid));

  const statusOf = new Map((data.status?.grids ?? []).map((g) => [g.gridId, g]));
  const statusCounts = zeroCounts(STATUS_ORDER);
  const overdue: OverdueRow[] = [];
  for (const f of mine) {
    const gs = statusOf.get(f.properties.id);
    if (!gs) continue;
    statusCounts[gs.status] += 1;
    for (const u of gs.units) {
      if (u.status === 'late' || u.status === 'missing') overdue.push({ unitName: u.unitName, gridCode: gs.code, gridName: f.properties.name, status: u.status });
    }
  }
  overdue.sort((a, b) => (a.status === b.status ? a.unitName.localeCompare(b.unitName, 'zh-CN') || a.gridCode.localeCompare(b.gridCode) : a.status === 'missing' ? -1 : 1));

  const problems = (data.problems?.features ?? []).filter((p) => (community ? p.properties.gridId !== null && ids.has(p.properties.gridId) : true));
  const problemCounts = zeroCounts(Object.values(PROBLEM_STATUS));
  for (const p of problems) if (p.properties.status in problemCounts) problemCounts[p.properties.status as ProblemStatus] += 1;
  const overdueProblems = problems
    .filter((p) => p.properties.overdue)
    .map((p) => ({ category: p.properties.category, gridCode: p.properties.gridCode, status: p.properties.status as ProblemStatus }));

  const cov = data.coverage;
  const defectRows: DefectRow[] = [];
  const defectFeatures: Feature<Area, { kind: DefectKind }>[] = [];
  const defective = new Set<string>();
  const add = (kind: DefectKind, grids: Id[], areaM2: number | null, geometry: Area | null) => {
    defectRows.push({ kind, grids: grids.map((g) => codeOf.get(String(g)) ?? String(g)), areaM2 });
    for (const g of grids) defective.add(String(g));
    if (geometry) defectFeatures.push({ type: 'Feature', geometry, properties: { kind } });
  };
  for (const o of cov?.overlaps ?? []) if (o.grids.some(inSheet)) add('overlap', o.grids, o.areaM2, o.geometry);
  for (const g of cov?.gaps ?? []) {
    if (community ? String(g.boundary) === community.id : true) add('gap', g.neighbors, g.areaM2, g.geometry);
  }
  for (const o of cov?.outside ?? []) if (inSheet(o.grid)) add('outside', [o.grid], o.areaM2, o.geometry);
  for (const i of cov?.invalid ?? []) if (inSheet(i.grid)) add('invalid', [i.grid], null, null);
  const defectCounts = zeroCounts(DEFECT_KINDS);
  for (const r of defectRows) defectCounts[r.kind] += 1;

  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const shapes = community ? data.communities.features.filter((c) => c.properties.id === community.id) : data.communities.features;
  for (const f of [...shapes, ...mine]) extend(bbox, geometryBBox(f.geometry));
  if (!Number.isFinite(bbox[0])) bbox.splice(0, 4, ...data.config.bbox);
  const chosen = framing.grid === null ? undefined : mine.find((f) => f.properties.id === framing.grid);
  if (framing.frame === 'view' && framing.bbox) bbox.splice(0, 4, ...framing.bbox);
  if (framing.frame === 'grid' && chosen) bbox.splice(0, 4, ...geometryBBox(chosen.geometry));

  const round = data.assessment;
  const gridScores = round?.gridScores ?? {};
  const roundPoints = round ? { ...round.points, features: round.points.features.filter((f) => !community || f.properties.communityId === community.id) } : null;
  const scored = scoredPoints(roundPoints, round?.pointScores ?? {});
  const bandCounts = zeroCounts(SCORE_BAND_ORDER);
  for (const f of scored.features) bandCounts[scoreBand(f.properties.score)] += 1;
  const gridCodeOf = new Map((roundPoints?.features ?? []).map((f) => [f.properties.id, f.properties.gridCode]));
  const pointRows = scored.features
    .map((f) => ({ id: f.properties.id, name: f.properties.name, gridCode: gridCodeOf.get(f.properties.id) ?? null, score: f.properties.score }))
    .sort((a, b) => (a.score ?? Infinity) - (b.score ?? Infinity) || a.name.localeCompare(b.name, 'zh-CN'));

  return {
    community,
    bbox,
    selected: chosen ? { id: chosen.properties.id, code: chosen.properties.code, name: chosen.properties.name } : null,
    grids: {
      ...data.grids,
      features: mine.map((f) => ({
        ...f,
        properties: {
          ...f.properties,
          status: statusOf.get(f.properties.id)?.status,
          defect: defective.has(f.properties.id),
          // a grid a sampled point lies in, in its score's colour; the others are left plain
          scoreColour: f.properties.id in gridScores ? bandColour(scoreBand(gridScores[f.properties.id])) : undefined,
        },
      })),
    },
    problems,
    statusCounts,
    overdue,
    problemCounts,
    overdueProblems,
    defects: { type: 'FeatureCollection', features: defectFeatures },
    defectRows,
    defectCounts,
    responsibilityIssues: (cov?.responsibility?.grids ?? []).filter((g) => inSheet(g.gridId) && g.issues.length > 0).length,
    scoredPoints: scored,
    bandCounts,
    pointRows,
  };
}

/**
 * The sheets of a print job: the county (community null), one community, or one per gridded
 * community ('all'). Throws when the community id names none, or the selected grid is unknown.
 * A frame applies to a single sheet; a pack of every community frames each on its own.
 */
export function sheetModels(data: PrintData, community: string | null, framing: SheetFrame = NO_FRAME): SheetModel[] {
  if (framing.grid !== null && !data.grids.features.some((f) => f.properties.id === framing.grid)) throw new GridNotFound(framing.grid);
  const info = (f: PrintData['communities']['features'][number]) => ({ id: f.properties.id, name: f.properties.name, streetOfficeName: f.properties.streetOfficeName });
  if (community === null) return [sheet(data, null, framing)];
  if (community === 'all') return data.communities.features.filter((f) => f.properties.gridded).map((f) => sheet(data, info(f), { ...framing, frame: 'town' }));
  const found = data.communities.features.find((f) => f.properties.id === community);
  if (!found) throw new CommunityNotFound(community);
  return [sheet(data, info(found), framing)];
}

export class GridNotFound extends Error {
  constructor(readonly id: string) {
    super(`no grid with id ${id}`);
  }
}

export class CommunityNotFound extends Error {
  constructor(readonly id: string) {
    super(`no community with id ${id}`);
  }
}
