import type { ProblemActor } from '../domain/problems.ts';
import { ROLES, type Role } from '../domain/roles.ts';

/**
 * Who may do what: one table read by the API's guards and by the web, which shows only what the
 * user may do (the API checks again). An action is allowed to some roles; some also look at the
 * subject acted on — the unit a report is for, the step of a problem and its units.
 */

/** A logged-in account as the policy sees it. */
export interface PolicyUser {
  /** the account id: problem filings and steps record it */
  id: string;
  role: Role;
  /** a reporter's unit; null for the other roles */
  unitId: string | null;
  /** the county the account works in; null: city-wide, every county */
  countyId: string | null;
}

/**
 * Where the subject lies. A county-bound account acts only on subjects of its own county; a
 * subject that names no county is not bound to one (or the route scopes what it reads itself).
 */
export interface InCounty {
  countyId?: string;
}

/** A photo's owner: a weekly report (held by one unit) or a problem (its responsible units and who filed it). */
export type PhotoOwner = { kind: 'report'; unitId: string } | { kind: 'problem'; unitIds: readonly string[]; filedBy: string | null };

/** The subject each action needs; `| undefined`: the subject is optional (the action alone is checked without it). */
export interface ActionSubjects {
  /** a meeting-map export (PNG/PDF): staff only, since one render takes the server's CPU for seconds */
  'exports.read': InCounty | undefined;
  /** file a problem where it was found */
  'problem.file': InCounty | undefined;
  /** move a problem one workflow step: the step's actor, and the problem's owner unit (牵头单位; null before 交办) */
  'problem.step': InCounty & { step: { by: ProblemActor }; ownerUnitId: string | null };
  /** add a note (words, photos) to a problem without moving it: its responsible units (owner, co-operating, routed) and who filed it */
  'problem.note': InCounty & { unitIds: readonly string[]; filedBy: string | null };
  /** attach a photo to a report or a problem */
  'photo.add': InCounty & PhotoOwner;
  /** make a photo document a workflow step (taken by `takenBy`) */
  'step.document': InCounty & { takenBy: string | null };
  /** submit or edit a unit's weekly report */
  'report.submit': InCounty & { unitId: string };
  /** read weekly reports; with a unit, that unit's */
  'report.read': (InCounty & { unitId?: string }) | undefined;
  /** reshape, split, merge, re-attribute, restore grids */
  'grid.edit': InCounty | undefined;
  /** a grid's recorded changes */
  'history.read': InCounty | undefined;
  /** the coverage check's view (the coverage data itself is public: printed maps draw it) */
  'coverage.read': InCounty | undefined;
  /** the late and missing reports, and the status table */
  'overdue.read': InCounty | undefined;
  /** on-time shares over the weeks */
  'trends.read': InCounty | undefined;
  /** problem counts per week and group */
  'stats.read': InCounty | undefined;
  /** mark and unmark exempt weeks (holidays) */
  'exempt.manage': InCounty | undefined;
  /** the hours to fix per problem category */
  'deadlines.manage': InCounty | undefined;
  /** what a weekly report must carry */
  'requirements.manage': InCounty | undefined;
  /** how long after the deadline a week stays open for late reports before its figures are frozen */
  'closure.manage': InCounty | undefined;
  /** accounts */
  'users.manage': InCounty | undefined;
  /** group robots (webhooks) and their delivery log */
  'webhooks.manage': InCounty | undefined;
  /** 催报: remind units still to report, in the app and in their groups */
  'reminder.send': InCounty | undefined;
  /** the weekly 通报 (JSON, PDF, Word) */
  'bulletin.read': InCounty | undefined;
  /** the admin's comment on a 通报 before it is issued */
  'bulletin.comment': InCounty | undefined;
  /** the quarterly 考核 scores */
  'scores.read': InCounty | undefined;
  /** the 考核's weight table */
  'scores.manage': InCounty | undefined;
  /** every county's figures side by side (the city overview) */
  'city.read': undefined;
  /** the wall display's read-only tokens */
  'display.manage': InCounty | undefined;
  /** the wall display's figures (with a session; a display token reads them without one) */
  'wall.read': InCounty | undefined;
  /** grids' managers and supervisors, with their dates */
  'roster.manage': InCounty | undefined;
  /** units: add, rename, contact, merge, the grids each holds */
  'units.manage': InCounty | undefined;
  /** the audit trail: who changed what, when, before and after (督查/纪委 read it too) */
  'audit.read': InCounty | undefined;
  /** the 文明城市测评 points, checklists, rounds and scores */
  'assessment.read': InCounty | undefined;
  /** draw and import the 测评 点位 */
  'assessment.points': InCounty | undefined;
  /** the 创文办's part of a mock assessment: checklists and rounds */
  'assessment.manage': InCounty | undefined;
  /** score a point of a round's sample: the inspector it was handed to */
  'assessment.score': (InCounty & { inspectorId: string | null }) | undefined;
}

export type Action = keyof ActionSubjects;
type SubjectArg<A extends Action> = undefined extends ActionSubjects[A] ? [subject?: ActionSubjects[A]] : [subject: ActionSubjects[A]];

interface Rule<A extends Action> {
  /** the roles that may take the action at all: what a route checks before it has loaded the subject */
  roles: readonly Role[] | 'anyone';
  /** the subject's part, for a user of one of `roles`; none: the role decides */
  subject?: (user: PolicyUser, subject: NonNullable<ActionSubjects[A]>) => boolean;
  /** only city-wide accounts: what spans every county */
  cityWide?: true;
}

const ALL: readonly Role[] = Object.values(ROLES);
/** Those who read the county's accountability views. */
const STAFF: readonly Role[] = ['admin', 'planner', 'leader', 'inspector'];
const ADMIN: readonly Role[] = ['admin'];
const isAdmin = (u: PolicyUser) => u.role === 'admin';
const ownUnit = (u: PolicyUser, unitIds: readonly string[]) => u.unitId !== null && unitIds.includes(u.unitId);

const RULES: { [A in Action]: Rule<A> } = {
  'exports.read': { roles: STAFF },
  'problem.file': { roles: ALL },
  // inspectors assign, verify and send back; only the owner unit's reporter starts and fixes: one
  // unit answers for the fixing, co-operating and routed units add notes and photos
  'problem.step': {
    roles: ['admin', 'inspector', 'reporter'],
    subject: (u, s) => isAdmin(u) || (s.step.by === 'inspector' && u.role === 'inspector') || (s.step.by === 'unit' && u.role === 'reporter' && s.ownerUnitId !== null && u.unitId === s.ownerUnitId),
  },
  'problem.note': { roles: ALL, subject: (u, s) => isAdmin(u) || u.role === 'inspector' || u.id === s.filedBy || ownUnit(u, s.unitIds) },
  // a report's photos are its unit's; a problem's, its filer's, any inspector's and its responsible units'
  'photo.add': {
    roles: ALL,
    subject: (u, s) =>
      isAdmin(u) || (s.kind === 'report' ? u.role === 'reporter' && u.unitId === s.unitId : u.role === 'inspector' || u.id === s.filedBy || ownUnit(u, s.unitIds)),
  },
  'step.document': { roles: ALL, subject: (u, s) => isAdmin(u) || u.id === s.takenBy },
  'report.submit': { roles: ['admin', 'reporter'], subject: (u, s) => isAdmin(u) || u.unitId === s.unitId },
  'report.read': { roles: ALL, subject: (u, s) => u.role !== 'reporter' || s.unitId === undefined || u.unitId === s.unitId },
  'grid.edit': { roles: ['admin', 'planner'] },
  'history.read': { roles: STAFF },
  'coverage.read': { roles: STAFF },
  'overdue.read': { roles: STAFF },
  'trends.read': { roles: STAFF },
  'stats.read': { roles: STAFF },
  // holidays hold for every county
  'exempt.manage': { roles: ADMIN, cityWide: true },
  'deadlines.manage': { roles: ADMIN },
  'requirements.manage': { roles: ADMIN },
  'closure.manage': { roles: ADMIN },
  'users.manage': { roles: ADMIN },
  'webhooks.manage': { roles: ADMIN },
  'reminder.send': { roles: STAFF },
  'bulletin.read': { roles: STAFF },
  'bulletin.comment': { roles: ADMIN },
  'scores.read': { roles: STAFF },
  'scores.manage': { roles: ADMIN },
  'city.read': { roles: STAFF, cityWide: true },
  'display.manage': { roles: ADMIN },
  'wall.read': { roles: STAFF },
  // the planner who just split a grid staffs both halves
  'roster.manage': { roles: ['admin', 'planner'] },
  'units.manage': { roles: ADMIN },
  'audit.read': { roles: ['admin', 'inspector'] },
  'assessment.read': { roles: STAFF },
  'assessment.points': { roles: ['admin', 'planner'] },
  'assessment.manage': { roles: ADMIN },
  'assessment.score': { roles: ['admin', 'inspector'], subject: (u, s) => isAdmin(u) || u.id === s.inspectorId },
};

export const ACTIONS = Object.keys(RULES) as Action[];

/** Whether `user` (null: nobody logged in) may take `action` on `subject`. */
export function may<A extends Action>(user: PolicyUser | null, action: A, ...[subject]: SubjectArg<A>): boolean {
  const rule = RULES[action] as Rule<A>;
  if (rule.roles === 'anyone') return true;
  if (user === null || !rule.roles.includes(user.role)) return false;
  if (rule.cityWide && user.countyId !== null) return false;
  if (subject === undefined) return true;
  if (user.countyId !== null && subject.countyId !== undefined && subject.countyId !== user.countyId) return false;
  return rule.subject?.(user, subject as NonNullable<ActionSubjects[A]>) ?? true;
}

/** Actions only a city-wide account (countyId null) takes. */
export const CITY_WIDE_ACTIONS = ACTIONS.filter((a) => RULES[a].cityWide === true);

/** The roles that may take an action on some subject (what a route checks first; the 403 message names them); null: anyone, logged in or not. */
export function rolesFor(action: Action): readonly Role[] | null {
  const roles = RULES[action].roles;
  return roles === 'anyone' ? null : roles;
}
