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
  /** a UUID the client made for this write: a repeat by the same user answers the first result */
  clientId?: string;
}

/** A person of the owner unit who answers for the problem (责任人): a name, and a phone to call them on. */
export interface OwnerPerson {
  name: string;
  /** a Chinese mobile or a landline with its area code (isChinesePhone) */
  phone?: string;
}

/**
 * PATCH /api/problems/:id: one workflow step, or a note (no `status`: words and/or photos added
 * without moving the problem). Sent as JSON, or as multipart/form-data with this object as JSON in
 * a field `data` and the step's photos as `photo` files.
 */
export interface MoveProblemRequest {
  /** absent: a note */
  status?: ProblemStatus;
  /** the status the client saw: a different current status answers 409 */
  from?: ProblemStatus;
  /** required to send a fixed problem back (退回: the reason) and for a note without photos */
  note?: string;
  /** 交办 / 改派 (status 'assigned') only, and required there: the owner unit (牵头单位) */
  ownerUnitId?: string;
  /** 交办 / 改派 only: the owner unit's person answering for it */
  ownerPerson?: OwnerPerson;
  /** 交办 / 改派 only: a deadline (ISO time, after now, at most 720 h ahead); else it stays */
  dueAt?: string;
  /** 交办 / 改派 only: co-operating units (协办单位); they add photos and notes but do not move the problem */
  coUnitIds?: string[];
  /** a UUID the client made for this step: a repeat by the same user answers the first result */
  clientId?: string;
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
  /** a UUID the client made for this submission: a repeat by the same user answers the first result */
  clientId?: string;
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
