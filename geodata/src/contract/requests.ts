import type { ProblemCategory, ProblemStatus } from '../domain/problems.ts';
import type { ReportRequirements } from '../domain/report-requirements.ts';
import type { ReportActivity } from './api-types.ts';

/** Request bodies of the JSON write routes (grid saves: grid-batch.ts). */

/** POST /api/auth/login */
export interface LoginRequest {
  username: string;
  password: string;
}

/** POST /api/problems: filed where it was found; routed to whoever answers for that place. */
export interface NewProblemRequest {
  lon: number;
  lat: number;
  category: ProblemCategory;
  description: string;
}

/** PATCH /api/problems/:id: one workflow step. */
export interface MoveProblemRequest {
  status: ProblemStatus;
  /** the status the client saw: a different current status answers 409 */
  from?: ProblemStatus;
  note?: string;
}

/**
 * POST /api/reports: the unit comes from the session (an admin names it). Sent as
 * multipart/form-data — this JSON in the field `data`, each photo in a field `photo` — or, with no
 * new photos, as JSON.
 */
export interface ReportRequest {
  gridId: string;
  week: string;
  /** admins only: the unit reported for */
  unitId?: string;
  /** an edit: the revision it is based on. Without it when a report exists, or a stale one, answers 409 */
  revision?: number;
  /** an edit: ids of the current version's photos to leave out of the new one (the others are kept) */
  removePhotos?: string[];
  workedOn?: string;
  participants?: number;
  hours?: number;
  activities?: ReportActivity[];
  problemsFound?: number;
  problemsFixed?: number;
  content?: string;
}

/** POST /api/exempt-weeks */
export interface ExemptWeekRequest {
  week: string;
  reason: string;
}

/** PUT /api/report-requirements: only the requirements that change. */
export type ReportRequirementsRequest = Partial<ReportRequirements>;

/** PUT /api/problem-deadlines: only the categories whose hours change. */
export type DeadlineHoursRequest = Partial<Record<ProblemCategory, number>>;
