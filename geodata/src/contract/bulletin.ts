import type { Status } from '../domain/status.ts';

/** What heads every 通报: the office that issues it. */
export const BULLETIN_ISSUER = '县创文办';

/** The formats of GET /api/bulletins. */
export const BULLETIN_FORMATS = ['json', 'pdf', 'docx'] as const;
export type BulletinFormat = (typeof BULLETIN_FORMATS)[number];

/** A comment is a paragraph or two, not a document. */
export const BULLETIN_COMMENT_MAX = 2000;

/** One unit in a list, with the grids that put it there (every grid it answered for in the group, for an on-time unit). */
export interface BulletinUnit {
  unitId: string;
  unitName: string;
  contactName: string;
  contactPhone: string;
  grids: { gridId: string; code: string; name: string; status: Status }[];
}

/**
 * The units of a week sorted by their worst status: a unit is listed once, under missing when
 * any of its grids is missing, else late when any is late, else pending, else on time.
 */
export interface BulletinLists {
  missing: BulletinUnit[];
  late: BulletinUnit[];
  /** still to report before the deadline (empty once the deadline passed) */
  pending: BulletinUnit[];
  onTime: BulletinUnit[];
}

/** The same lists for one 片区 or street office, from the grids in it. */
export interface BulletinGroup extends BulletinLists {
  id: string;
  name: string;
}

/** A unit missing a grid's report two or more weeks running: named to the 纪委. */
export interface BulletinEscalation {
  unitId: string;
  unitName: string;
  /** the longest run of missed weeks over its grids, ending with this week */
  weeks: number;
  grids: { gridId: string; code: string; name: string; weeks: number }[];
}

/** A unit's problems open past their deadline at the bulletin's time. */
export interface BulletinProblemUnit {
  unitId: string;
  unitName: string;
  problems: { id: string; category: string; description: string; dueAt: string; overdueHours: number }[];
}

/** On-time share of the (unit, grid) reports that were due: on time ÷ (on time + late + missing); null when nothing was due. */
export interface BulletinRate {
  onTime: number;
  due: number;
  rate: number | null;
}

export interface BulletinComment {
  text: string;
  by: string;
  at: string;
}

/** GET /api/bulletins?week=&format=json: the weekly 通报. */
export interface BulletinResponse extends BulletinLists {
  week: string;
  issuer: typeof BULLETIN_ISSUER;
  countyName: string;
  /** the time the figures stand at: the week's close once closed, else now */
  asOf: string;
  dueAt: string;
  /** set once the week closed: the bulletin is issued, frozen, and takes no more comments */
  issuedAt: string | null;
  byArea: BulletinGroup[];
  byStreetOffice: BulletinGroup[];
  escalated: BulletinEscalation[];
  overdueProblems: BulletinProblemUnit[];
  thisWeek: BulletinRate;
  lastWeek: BulletinRate & { week: string };
  comment: BulletinComment | null;
}
