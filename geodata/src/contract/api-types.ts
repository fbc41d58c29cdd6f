import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CommunityProps, GridProps, ZoneKind } from '../dataset/types.ts';
import type { Basemap } from '../domain/basemap.ts';
import type { ReportIssue, ReportRequirements, RequiredReportField } from '../domain/report-requirements.ts';
import type { Status } from '../domain/status.ts';

/**
 * Response shapes of the HTTP API, shared by api/ (which produces them) and web/ (which reads
 * them). Errors are always { error: { code, message } } with a 4xx/5xx status.
 */
export interface ApiError {
  /** `details`: what some refusals add for a client to show in its own words (ReportIncompleteDetails, PhotoRefusalDetails) */
  error: { code: string; message: string; details?: unknown };
}

/** GET /api/config — what the client needs before anything else. */
export interface ConfigResponse {
  county: { code: string; name: string };
  /** the server clock (WANGGE_NOW when set), ISO */
  now: string;
  /** the week whose Friday 16:00 most recently passed */
  currentWeek: string;
  /** the deployment's first week: earlier weeks are not started (未启用), never offered and never 未报 */
  firstWeek: string;
  /** hours after the Monday deadline during which late reports are taken; then a week is closed and frozen */
  closeGraceHours: number;
  /** [west, south, east, north] of all communities */
  bbox: [number, number, number, number];
  /** the raster basemap the server is configured with (WANGGE_BASEMAP); null: none, the map works offline */
  basemap: Basemap | null;
}

export interface GridApiProps extends GridProps {
  version: number;
  communityName: string;
  streetOfficeId: string;
  streetOfficeName: string;
  areaName: string;
  unitIds: string[];
  unitNames: string[];
}
/** GET /api/grids */
export type GridsResponse = FeatureCollection<Polygon | MultiPolygon, GridApiProps>;

/** GET /api/communities */
export type CommunitiesResponse = FeatureCollection<Polygon | MultiPolygon, CommunityProps & { streetOfficeName: string }>;

export interface ZoneApiProps {
  id: string;
  name: string;
  kind: ZoneKind;
  unitIds: string[];
  unitNames: string[];
}
/** GET /api/zones */
export type ZonesResponse = FeatureCollection<Polygon | MultiPolygon, ZoneApiProps>;

export interface UnitStatus {
  unitId: string;
  unitName: string;
  status: Status;
  /** ISO instant of the first submission, null when none */
  submittedAt: string | null;
  /** versions of the report (0: none); timeliness is judged on the first */
  revisions: number;
  /** a later version was made after the deadline (the first one still decides on_time or late) */
  revisedAfterDue: boolean;
}

export interface GridStatus {
  gridId: string;
  code: string;
  /** the worst of its units' statuses */
  status: Status;
  units: UnitStatus[];
}

/** GET /api/status?week=YYYY-MM-DD */
export interface StatusResponse {
  week: string;
  now: string;
  opensAt: string;
  dueAt: string;
  /** when the week closes (dueAt plus the grace): later reports are refused and its figures frozen */
  closesAt: string;
  /** set once the week closed: the figures are the frozen ones, the same however grids change later */
  closedAt: string | null;
  /** a week before the deployment's first week: nothing was due, no grid is listed (未启用) */
  notStarted: boolean;
  exempt: boolean;
  /** number of grids per status */
  counts: Record<Status, number>;
  grids: GridStatus[];
}

export interface PersonInfo {
  id: string;
  name: string;
  phone: string;
}

export interface UnitInfo {
  id: string;
  name: string;
  lead: boolean;
  contactName: string;
  contactPhone: string;
}

export interface AreaInfo {
  id: string;
  name: string;
  leaderTitle: string;
  leaderPhone: string;
  /** the leader's name, where a dated roster names them (GET /api/locate?at= answers the leader of that day) */
  leaderName?: string;
}

/** Every unit, holding a grid or not: GET /api/units (by name) */
export type UnitsResponse = Omit<UnitInfo, 'lead'>[];

/** Every 片区 with its leader: GET /api/areas (by id) */
export type AreasResponse = AreaInfo[];

export interface ZoneInfo {
  id: string;
  name: string;
  kind: ZoneKind;
  units: { id: string; name: string }[];
}

/** GET /api/grids/:id?week=YYYY-MM-DD — everything the side panel shows for one grid. */
export interface GridDetailResponse {
  grid: GridApiProps;
  community: { id: string; code: string; name: string };
  streetOffice: { id: string; code: string; name: string };
  area: AreaInfo;
  units: UnitInfo[];
  manager: PersonInfo | null;
  supervisors: PersonInfo[];
  /** status of the requested week, per unit; null when the grid was not in force that week (or the week was before the first) */
  status: GridStatus | null;
  /** the 8 weeks ending with the requested week, oldest first; null where the grid was not in force */
  history: { week: string; status: Status | null }[];
  /** retired since (merged away or deleted): shown for the weeks it was in force */
  retired: boolean;
}

/** GET /api/locate?lon=&lat= — who answers for a place. Fields are null outside every grid. */
export interface LocateResponse {
  lon: number;
  lat: number;
  grid: GridApiProps | null;
  community: { id: string; code: string; name: string } | null;
  streetOffice: { id: string; code: string; name: string } | null;
  area: AreaInfo | null;
  units: UnitInfo[];
  manager: PersonInfo | null;
  supervisors: PersonInfo[];
  zones: ZoneInfo[];
}

/** An uploaded photo: GET its url for the image. */
export interface PhotoInfo {
  id: string;
  mime: string;
  bytes: number;
  url: string;
  createdAt: string;
  /** the problem step (event id) the photo documents: filing photos show the problem, 已整改 ones the fix; null for report photos */
  eventId: number | null;
}

/** One late or missing (unit, grid) of a week: GET /api/overdue?week= */
export interface OverdueRow {
  unitId: string;
  unitName: string;
  contactName: string;
  contactPhone: string;
  gridId: string;
  gridCode: string;
  gridName: string;
  communityId: string;
  communityName: string;
  streetOfficeId: string;
  streetOfficeName: string;
  areaId: string;
  areaName: string;
  status: 'late' | 'missing' | 'pending';
  /** how late: submittedAt − due for late reports, now (or the close, once closed) − due for missing ones; 0 for pending */
  lateByMinutes: number;
  /** consecutive weeks, ending with this one, in which the unit did not report for this grid (from the deployment's first week); 0 unless missing */
  missedRun: number;
}

export interface OverdueResponse {
  week: string;
  dueAt: string;
  closedAt: string | null;
  /** late and missing units */
  rows: OverdueRow[];
  /** units still to report before the deadline, with their contacts (empty once it passed) */
  pending: OverdueRow[];
}

export interface TrendSeries {
  key: string;
  name: string;
  /** on-time share of due reports per week (null when nothing was due), same order as weeks */
  rates: (number | null)[];
  onTime: number;
  due: number;
}

/** GET /api/trends?weeks=12&by=overall|streetOffice|area|unit */
export interface TrendsResponse {
  weeks: string[];
  by: 'overall' | 'streetOffice' | 'area' | 'unit';
  series: TrendSeries[];
}

/** What a unit did in its grid that week (POST /api/reports `activities`): the seed document's list. */
export const REPORT_ACTIVITIES = ['环境卫生', '创文宣传', '不文明行为劝导', '门前三包督促', '问卷调查', '其他'] as const;
export type ReportActivity = (typeof REPORT_ACTIVITIES)[number];

/** What a unit reports about its week in a grid (all optional but the grid and week). */
export interface ReportFields {
  workedOn: string | null;
  participants: number | null;
  hours: number | null;
  activities: string[] | null;
  problemsFound: number | null;
  problemsFixed: number | null;
  content: string | null;
}

/** A stored weekly report: POST /api/reports answers one, GET /api/reports?week= a list. */
export interface ReportResponse extends ReportFields {
  id: number;
  unitId: string;
  gridId: string;
  week: string;
  /** the first submission, ISO; timeliness is judged on it */
  submittedAt: string;
  /** when this version was made */
  updatedAt: string;
  /** this version's number; send it back with an edit: without it, or a stale one, answers 409 */
  revision: number;
  submittedBy: string | null;
  status: Status;
  /** this version was made after the deadline (revision > 1; the first decides `status`) */
  revisedAfterDue: boolean;
  /** what the county required when this version was submitted; null: before requirements were recorded */
  requirements: ReportRequirements | null;
  /** this version's photos, in order */
  photos: PhotoInfo[];
}

/** One version of a report, as submitted. */
export interface ReportVersion extends ReportFields {
  revision: number;
  /** ISO instant the version was made */
  madeAt: string;
  /** the username of who made it */
  madeBy: string | null;
  /** made after the week's deadline */
  late: boolean;
  /** timeliness is judged on this version (the first) */
  counted: boolean;
  requirements: ReportRequirements | null;
  /** null: a version from before photos were recorded per version */
  photos: PhotoInfo[] | null;
}

/** GET /api/reports/:id/revisions: every version, oldest first; the last is the report as it stands. */
export interface ReportHistoryResponse {
  id: number;
  unitId: string;
  gridId: string;
  week: string;
  dueAt: string;
  status: Status;
  versions: ReportVersion[];
}

/** `details` of a 422 `report_incomplete`: every field the report lacks under the requirements in force. */
export interface ReportIncompleteDetails {
  missing: RequiredReportField[];
  issues: ReportIssue[];
  requirements: ReportRequirements;
}

/**
 * `details` of a refused report photo: 422 `photo_reused` (already on another report, named) or
 * `photo_duplicate` (twice in one report), 413 `too_large`, 415 `not_an_image`, 400 `bad_photo`.
 */
export interface PhotoRefusalDetails {
  /** the file name sent, or "photo N" */
  photo: string;
  /** the other report (photo_reused only) */
  report?: { id: number; week: string; gridId: string; gridCode: string; gridName: string; unitId: string };
}

/** GET/POST /api/exempt-weeks */
export interface ExemptWeek {
  week: string;
  reason: string;
  createdBy: string | null;
  createdAt: number;
}

/** One (grid, unit) of a week: GET /api/status-table?week= (same place filters as /api/overdue). */
export interface StatusTableRow extends UnitStatus {
  gridId: string;
  gridCode: string;
  gridName: string;
  communityName: string;
  streetOfficeName: string;
  areaName: string;
}

/** GET /api/users (admins). */
export interface UserRow {
  id: string;
  username: string;
  role: string;
  unitId: string | null;
  disabled: boolean;
}

/** GET /api/health */
export interface HealthResponse {
  ok: true;
  /** grids in force */
  grids: number;
}

/** What POST /api/auth/logout and DELETE /api/exempt-weeks/:week answer. */
export interface OkResponse {
  ok: boolean;
}

/** GET /api/report-requirements and the answer to PUT: what a weekly report must carry. */
export type ReportRequirementsResponse = ReportRequirements;

/** GET /api/problem-deadlines and the answer to PUT: hours to fix, per category (every category). */
export type DeadlineHours = Record<string, number>;
