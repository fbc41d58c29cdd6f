import type { FeatureCollection, Point } from 'geojson';
import type { ProblemUnitRole } from '../domain/problems.ts';
import type { PhotoInfo } from './api-types.ts';

/** The problem routes' answers: GET /api/problems (list, pins, one problem) and /api/problems/stats. */
export interface ProblemApiProps {
  id: string;
  category: string;
  description: string;
  status: string;
  gridId: string | null;
  gridCode: string | null;
  createdAt: string;
  /** when it must be fixed by (category deadline) */
  dueAt: string | null;
  /** still open after dueAt */
  overdue: boolean;
  /** filed outside every grid: routed to the street office */
  outsideGrids: boolean;
  /** the owner unit (牵头单位) 交办 named; null before */
  ownerUnitId: string | null;
  ownerUnitName: string | null;
}
/** GET /api/problems — filtered, newest first; `total` counts all matches, `features` holds at most `limit`. */
export type ProblemsResponse = FeatureCollection<Point, ProblemApiProps> & { total: number; limit: number; offset: number };

/** What a map pin needs: GET /api/problems?fields=pin (same filters, order, total and paging). */
export type ProblemPinProps = Pick<ProblemApiProps, 'id' | 'status' | 'overdue'>;
export type ProblemPinsResponse = FeatureCollection<Point, ProblemPinProps> & { total: number; limit: number; offset: number };

/** Who took a step, as they were when they took it: their name and the unit they acted for. */
export interface ProblemActorInfo {
  username: string;
  /** the name people know them by (单位填报员, 督查组…); the username when none was given */
  displayName: string;
  /** the unit the account belonged to when acting; null for staff without a unit */
  unitId: string | null;
  unitName: string | null;
}

/** A unit with its name. */
export interface NamedUnit {
  id: string;
  name: string;
}

/** What 交办 / 改派 named (on the step that named it). */
export interface ProblemAssignmentInfo {
  ownerUnitName: string;
  ownerPerson: OwnerPersonInfo | null;
  /** the deadline it set; null: it left the category's (or the earlier) one */
  dueAt: string | null;
  coUnits: NamedUnit[];
}

export interface OwnerPersonInfo {
  name: string;
  phone: string | null;
}

export interface ProblemEventInfo {
  /** the step's id: a photo's `eventId` names the step it documents */
  id: number;
  fromStatus: string | null;
  toStatus: string;
  /** file, assign, start, fix, verify, return, reassign, or note (no status change) */
  action: string;
  note: string | null;
  /** null for steps nobody took through the app (seeded data) */
  by: ProblemActorInfo | null;
  at: string;
  /** the owner unit the step named: set on 交办 / 改派, null on every other step */
  ownerUnitId: string | null;
  assignment: ProblemAssignmentInfo | null;
}

/** A unit answering for a problem, and why: owner (牵头), co-operating (协办) or routed to it by the place. */
export interface ProblemUnitInfo extends NamedUnit {
  role: ProblemUnitRole;
}

/** GET /api/problems/:id and the answer to POST /api/problems and PATCH /api/problems/:id */
export interface ProblemDetailResponse extends ProblemApiProps {
  lon: number;
  lat: number;
  /** metres the filer's location fix may be off (the phone's own estimate); null when the place was picked on the map */
  accuracy: number | null;
  grid: { id: string; code: string; name: string } | null;
  streetOffice: { id: string; name: string } | null;
  /** every unit answering for it: the owner first, then co-operating, then routed ones */
  units: ProblemUnitInfo[];
  /** the owner's person (责任人) named at 交办; null when none was */
  ownerPerson: OwnerPersonInfo | null;
  events: ProblemEventInfo[];
  photos: PhotoInfo[];
}

/** How GET /api/problems/stats groups its counts. */
export const PROBLEM_STATS_BY = ['grid', 'unit', 'owner', 'category', 'community'] as const;
export type ProblemStatsBy = (typeof PROBLEM_STATS_BY)[number];

/** One group's counts, one number per week (oldest first). */
export interface ProblemStatsCounts {
  /** filed during the week */
  filed: number[];
  /** problems that reached 已整改 during the week (once each, even if fixed again after 退回) */
  fixed: number[];
  /** problems verified (已复核) during the week */
  verified: number[];
  /** still 上报, 已交办 or 整改中 when the week ended */
  open: number[];
  /** of those, past their deadline when the week ended */
  overdue: number[];
}

export interface ProblemStatsSeries extends ProblemStatsCounts {
  /** grid, unit or community id, or the category; '' for problems outside every grid (by grid or community), with no unit (by unit) or not yet assigned (by owner) */
  key: string;
  name: string;
  /** grid code, when grouped by grid */
  code?: string;
}

/**
 * GET /api/problems/stats — the problems the list's filter selects, counted per week and group.
 * A week is named by its Friday and runs from that Friday 16:00 to the next (Asia/Shanghai).
 * By unit, a problem counts for each responsible unit, so groups may add up to more than `total`;
 * by owner, once, for its owner unit (牵头单位) or, before 交办, in the group ''.
 */
export interface ProblemStatsResponse {
  by: ProblemStatsBy;
  weeks: string[];
  total: ProblemStatsCounts;
  /** most open at the last week's end first */
  series: ProblemStatsSeries[];
}

/** An open problem close to a point: GET /api/problems/nearby?lon=&lat=&category= (within 50 m, nearest first). */
export type NearbyProblem = ProblemApiProps & { distanceM: number };
