import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { ProblemCategory, ProblemStatus } from '../domain/problems.ts';

/**
 * 文明城市测评 rehearsed: the 点位 assessed (a point or small polygon of a kind), a checklist per
 * kind, mock-assessment rounds that draw a seeded sample of the points, the inspectors' results,
 * and the weighted pass rates they make. Routes under /api/assessment/….
 */

/** The kinds of 点位 the 测评体系 visits. */
export const ASSESSMENT_KINDS = {
  market: 'market',
  hospital: 'hospital',
  park_square: 'park_square',
  main_road: 'main_road',
  back_street: 'back_street',
  residential: 'residential',
  hotel: 'hotel',
  public_toilet: 'public_toilet',
  school_area: 'school_area',
} as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[keyof typeof ASSESSMENT_KINDS];
export const ASSESSMENT_KIND_LIST: readonly AssessmentKind[] = Object.values(ASSESSMENT_KINDS);

export function isAssessmentKind(value: unknown): value is AssessmentKind {
  return typeof value === 'string' && (ASSESSMENT_KIND_LIST as readonly string[]).includes(value);
}

/** How an item was found: met, not met, or not applicable at this point (left out of the score). */
export const ASSESSMENT_RESULTS = { pass: 'pass', fail: 'fail', na: 'na' } as const;
export type AssessmentResult = (typeof ASSESSMENT_RESULTS)[keyof typeof ASSESSMENT_RESULTS];
export const ASSESSMENT_RESULT_LIST: readonly AssessmentResult[] = Object.values(ASSESSMENT_RESULTS);

/** One standard of a checklist. */
export interface ChecklistItem {
  /** stable across a kind's versions while the item stays */
  id: string;
  text: string;
  /** its share in the point's score: a positive number, weighed against the other items scored */
  weight: number;
  /** a result for it must come with at least one photo */
  needsPhoto: boolean;
  /** the category of the problem a failed item files */
  category: ProblemCategory;
}

/** A kind's checklist as one version of it: an admin's edit makes the next version; a round keeps the one it was created with. */
export interface Checklist {
  kind: AssessmentKind;
  version: number;
  items: ChecklistItem[];
}

/** GET /api/assessment/checklists: each kind's latest version (kinds without a checklist left out). */
export type ChecklistsResponse = Checklist[];

/** An item as an admin's edit sends it: without an id it is a new item. */
export interface ChecklistItemInput {
  id?: string;
  text: string;
  weight: number;
  needsPhoto?: boolean;
  category?: ProblemCategory;
}

/** PUT /api/assessment/checklists/:kind: the whole new list (answers the new version). */
export interface ChecklistInput {
  items: ChecklistItemInput[];
}

/** A 点位 on the map. */
export interface AssessmentPointProps {
  id: string;
  kind: AssessmentKind;
  name: string;
  /** the grid at the point (for a polygon, at its representative point); null: outside every grid */
  gridId: string | null;
  gridCode: string | null;
  communityId: string;
  streetOfficeId: string;
  /** the special zone at the point (its departments answer too); null: none */
  zoneId: string | null;
  /** outside every grid: kept, and its problems go to the community's street office */
  flagged: boolean;
  /** an illustrative point shipped with the demo data (示例), not a real one */
  example: boolean;
}

export type AssessmentPointGeometry = Point | Polygon;
export type AssessmentPointFeature = Feature<AssessmentPointGeometry, AssessmentPointProps>;
export type AssessmentPointsResponse = FeatureCollection<AssessmentPointGeometry, AssessmentPointProps>;

/** POST /api/assessment/points (and each feature or row of an import). */
export interface AssessmentPointInput {
  kind: AssessmentKind;
  name: string;
  geometry: AssessmentPointGeometry;
}

/** One refused row of an import: where it is (a GeoJSON feature's number from 1, or the Excel sheet's row number) and why. */
export interface ImportRowError {
  row: number;
  code: string;
  message: string;
}

/** POST /api/assessment/points/import answers 201 with what was added; a file with any bad row is refused whole (422, details.rows). */
export interface AssessmentImportResponse {
  added: number;
  flagged: number;
  ids: string[];
}

/** POST /api/assessment/rounds. */
export interface RoundInput {
  name: string;
  /** the days the round runs, YYYY-MM-DD (Asia/Shanghai), both included */
  from: string;
  to: string;
  /** the kinds assessed; null: every kind with a checklist */
  kinds: AssessmentKind[] | null;
  /** how many points of each kind to draw in each community */
  perCommunity: number;
  /** the PRNG's seed: the same seed over the same points draws the same sample */
  seed: number;
  /** the inspectors' account ids; null: every inspector of the county */
  inspectorIds: string[] | null;
}

/** A point drawn into a round, with the inspector who scores it. */
export interface SampledPoint {
  pointId: string;
  name: string;
  kind: AssessmentKind;
  communityId: string;
  gridId: string | null;
  inspectorId: string | null;
  /** when its results were last submitted; null: not yet */
  submittedAt: string | null;
}

/** A community and kind that had fewer points than asked: all of them were taken. */
export interface SampleShortfall {
  communityId: string;
  kind: AssessmentKind;
  asked: number;
  available: number;
}

/** A round as created and read back. */
export interface RoundResponse {
  id: string;
  name: string;
  from: string;
  to: string;
  kinds: AssessmentKind[];
  perCommunity: number;
  seed: number;
  /** the checklist version each kind is scored by, fixed when the round was made */
  checklistVersions: Partial<Record<AssessmentKind, number>>;
  sample: SampledPoint[];
  /** true when some community had fewer points of a kind than asked (listed in `shortfalls`) */
  tookAll: boolean;
  shortfalls: SampleShortfall[];
  /** kinds asked for that have no point at all in the county */
  kindsWithoutPoints: AssessmentKind[];
  createdAt: string;
}

export interface RoundSummary {
  id: string;
  name: string;
  from: string;
  to: string;
  points: number;
  submitted: number;
  createdAt: string;
}

/** POST /api/assessment/rounds/:id/results (JSON, or multipart: `data` with this JSON and `photo.<itemId>` files). */
export interface ResultInput {
  pointId: string;
  items: { itemId: string; result: AssessmentResult; note?: string | null }[];
}

export interface ItemResult {
  itemId: string;
  result: AssessmentResult;
  note: string | null;
  /** the problem its failure filed (kept when a later submission passes it) */
  problemId: string | null;
  photoIds: string[];
}

export interface ResultResponse {
  roundId: string;
  pointId: string;
  submittedAt: string;
  items: ItemResult[];
  /** problems this submission filed (a failure filed before is not filed again) */
  problemsFiled: string[];
}

/** What the scores are grouped by. */
export const ASSESSMENT_SCORE_BY = ['point', 'grid', 'unit', 'community', 'streetOffice', 'kind'] as const;
export type AssessmentScoreBy = (typeof ASSESSMENT_SCORE_BY)[number];

/** One group's weighted pass rate: passed weight ÷ (passed + failed weight), items not applicable left out. */
export interface AssessmentScoreGroup {
  /** the point, grid, unit, community, street office id or kind; '' for points outside every grid */
  key: string;
  name: string;
  /** 0–100, one decimal; null when nothing was scored */
  score: number | null;
  passWeight: number;
  countedWeight: number;
  /** the group's points with results */
  points: number;
  /** the same group's score in the previous round; null when it had none */
  previous: number | null;
}

/** GET /api/assessment/rounds/:id/scores?by=…: best first. */
export interface AssessmentScoresResponse {
  roundId: string;
  by: AssessmentScoreBy;
  /** the county's round made before this one; null for the first */
  previousRoundId: string | null;
  groups: AssessmentScoreGroup[];
}

/** GET /api/assessment/rounds/:id/report?format=: the round's report as a PDF for the meeting (the default), or its figures as JSON. */
export const ASSESSMENT_REPORT_FORMATS = ['pdf', 'json'] as const;
export type AssessmentReportFormat = (typeof ASSESSMENT_REPORT_FORMATS)[number];

/** A whole round's weighted pass rate: every scored point's passed weight ÷ its passed and failed weight. */
export interface AssessmentOverall {
  /** 0–100, one decimal; null when nothing was scored */
  score: number | null;
  passWeight: number;
  countedWeight: number;
}

/** An item found not met at a point, and the problem its failure filed (null: none on record). */
export interface AssessmentFailedItem {
  pointId: string;
  pointName: string;
  kind: AssessmentKind;
  itemId: string;
  itemText: string;
  note: string | null;
  problem: { id: string; status: ProblemStatus } | null;
}

/** The figures of a round's report (format=json); the PDF prints them. */
export interface AssessmentReportResponse {
  round: Pick<RoundResponse, 'id' | 'name' | 'from' | 'to' | 'seed' | 'perCommunity' | 'kinds'>;
  countyName: string;
  /** who issues the report: the 县创文办, as for the weekly 通报 */
  issuer: string;
  /** when the figures were read (the server clock) */
  asOf: string;
  previousRound: { id: string; name: string; overall: AssessmentOverall } | null;
  /** points drawn, and those with results submitted */
  sampled: number;
  scored: number;
  overall: AssessmentOverall;
  byStreetOffice: AssessmentScoreGroup[];
  byCommunity: AssessmentScoreGroup[];
  byUnit: AssessmentScoreGroup[];
  byKind: AssessmentScoreGroup[];
  /** in the sample's drawn order, items by id */
  failed: AssessmentFailedItem[];
}
