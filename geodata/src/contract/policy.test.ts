import { describe, expect, it } from 'vitest';
import type { Role } from '../domain/roles.ts';
import { ACTIONS, CITY_WIDE_ACTIONS, may, rolesFor, type Action, type ActionSubjects, type PolicyUser } from './policy.ts';
import { ROUTE_GUARDS, VIEW_ONLY_ACTIONS } from './route-guards.ts';

type Who = Role | 'anonymous';
const WHO: readonly Who[] = ['admin', 'planner', 'leader', 'inspector', 'reporter', 'anonymous'];

/** The reporter works for unit U1; every account is named by its role. */
const user = (who: Who, countyId: string | null = null): PolicyUser | null =>
  who === 'anonymous' ? null : { id: who, role: who, unitId: who === 'reporter' ? 'U1' : null, countyId };

/** A subject each action is taken on: U1's report, a problem U1 owns (U2 co-operates) filed by the leader, a step the inspector took. */
const SUBJECTS: { [A in Action]: ActionSubjects[A] } = {
  'exports.read': undefined,
  'problem.file': undefined,
  'problem.step': { step: { by: 'unit' }, ownerUnitId: 'U1' },
  'problem.note': { unitIds: ['U1', 'U2'], filedBy: 'leader' },
  'photo.add': { kind: 'problem', unitIds: ['U1'], filedBy: 'leader' },
  'step.document': { takenBy: 'inspector' },
  'report.submit': { unitId: 'U1' },
  'report.read': { unitId: 'U1' },
  'grid.edit': undefined,
  'history.read': undefined,
  'coverage.read': undefined,
  'overdue.read': undefined,
  'trends.read': undefined,
  'stats.read': undefined,
  'exempt.manage': undefined,
  'deadlines.manage': undefined,
  'requirements.manage': undefined,
  'closure.manage': undefined,
  'users.manage': undefined,
  'webhooks.manage': undefined,
  'reminder.send': undefined,
  'bulletin.read': undefined,
  'bulletin.comment': undefined,
  'scores.read': undefined,
  'scores.manage': undefined,
  'city.read': undefined,
  'display.manage': undefined,
  'wall.read': undefined,
  'roster.manage': undefined,
  'units.manage': undefined,
  'audit.read': undefined,
  'assessment.read': undefined,
  'assessment.points': undefined,
  'assessment.manage': undefined,
  'assessment.score': { inspectorId: 'inspector' },
};

const yes = true;
const no = false;
/** Columns: admin, planner, leader, inspector, reporter (of U1), nobody logged in — on the subjects above. */
const TABLE: Record<Action, readonly boolean[]> = {
  'exports.read': [yes, yes, yes, yes, no, no],
  'problem.file': [yes, yes, yes, yes, yes, no],
  'problem.step': [yes, no, no, no, yes, no],
  'problem.note': [yes, no, yes, yes, yes, no],
  'photo.add': [yes, no, yes, yes, yes, no],
  'step.document': [yes, no, no, yes, no, no],
  'report.submit': [yes, no, no, no, yes, no],
  'report.read': [yes, yes, yes, yes, yes, no],
  'grid.edit': [yes, yes, no, no, no, no],
  'history.read': [yes, yes, yes, yes, no, no],
  'coverage.read': [yes, yes, yes, yes, no, no],
  'overdue.read': [yes, yes, yes, yes, no, no],
  'trends.read': [yes, yes, yes, yes, no, no],
  'stats.read': [yes, yes, yes, yes, no, no],
  'exempt.manage': [yes, no, no, no, no, no],
  'deadlines.manage': [yes, no, no, no, no, no],
  'requirements.manage': [yes, no, no, no, no, no],
  'closure.manage': [yes, no, no, no, no, no],
  'users.manage': [yes, no, no, no, no, no],
  'webhooks.manage': [yes, no, no, no, no, no],
  'reminder.send': [yes, yes, yes, yes, no, no],
  'bulletin.read': [yes, yes, yes, yes, no, no],
  'bulletin.comment': [yes, no, no, no, no, no],
  'scores.read': [yes, yes, yes, yes, no, no],
  'scores.manage': [yes, no, no, no, no, no],
  'city.read': [yes, yes, yes, yes, no, no],
  'display.manage': [yes, no, no, no, no, no],
  'wall.read': [yes, yes, yes, yes, no, no],
  'roster.manage': [yes, yes, no, no, no, no],
  'units.manage': [yes, no, no, no, no, no],
  'audit.read': [yes, no, no, yes, no, no],
  'assessment.read': [yes, yes, yes, yes, no, no],
  'assessment.points': [yes, yes, no, no, no, no],
  'assessment.manage': [yes, no, no, no, no, no],
  'assessment.score': [yes, no, no, yes, no, no],
};

const check = <A extends Action>(u: PolicyUser | null, action: A, subject: ActionSubjects[A]) => (may as (u: PolicyUser | null, a: A, s?: ActionSubjects[A]) => boolean)(u, action, subject);

describe('may: every role × action', () => {
  it('has a row for every action', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    it(action, () => {
      const got = WHO.map((who) => check(user(who), action, SUBJECTS[action]));
      expect(got).toEqual(TABLE[action]);
    });
  }
});

describe('may: the subject', () => {
  const reporter = (unitId: string) => ({ id: `reporter-${unitId}`, role: 'reporter' as const, unitId, countyId: null });

  it('lets a reporter submit and read its own unit’s reports only; an admin any unit’s', () => {
    expect(may(reporter('U1'), 'report.submit', { unitId: 'U1' })).toBe(true);
    expect(may(reporter('U2'), 'report.submit', { unitId: 'U1' })).toBe(false);
    expect(may(reporter('U2'), 'report.read', { unitId: 'U1' })).toBe(false);
    expect(may(reporter('U2'), 'report.read')).toBe(true);
    expect(may(user('admin'), 'report.submit', { unitId: 'U9' })).toBe(true);
    expect(may(user('leader'), 'report.read', { unitId: 'U9' })).toBe(true);
  });

  it('gives inspectors the inspector steps and only the owner unit’s reporter the unit steps', () => {
    const inspectorStep = { step: { by: 'inspector' as const }, ownerUnitId: 'U1' };
    const unitStep = { step: { by: 'unit' as const }, ownerUnitId: 'U1' };
    expect(WHO.map((w) => may(user(w), 'problem.step', inspectorStep))).toEqual([yes, no, no, yes, no, no]);
    expect(WHO.map((w) => may(user(w), 'problem.step', unitStep))).toEqual([yes, no, no, no, yes, no]);
    // U2 co-operates (or was routed the problem): it does not move it
    expect(may(reporter('U2'), 'problem.step', unitStep)).toBe(false);
    // before 交办 no unit owns it: only an admin takes a unit step
    expect(WHO.map((w) => may(user(w), 'problem.step', { ...unitStep, ownerUnitId: null }))).toEqual([yes, no, no, no, no, no]);
  });

  it('lets responsible units (owner, co-operating, routed), the filer and inspectors add notes', () => {
    const problem = { unitIds: ['U1', 'U2'], filedBy: 'planner' };
    expect(WHO.map((w) => may(user(w), 'problem.note', problem))).toEqual([yes, yes, no, yes, yes, no]);
    expect(may(reporter('U2'), 'problem.note', problem)).toBe(true);
    expect(may(reporter('U3'), 'problem.note', problem)).toBe(false);
  });

  it('lets a report’s unit add its photos, and a problem’s filer, inspectors and responsible units add theirs', () => {
    const report = { kind: 'report' as const, unitId: 'U1' };
    expect(WHO.map((w) => may(user(w), 'photo.add', report))).toEqual([yes, no, no, no, yes, no]);
    expect(may(reporter('U2'), 'photo.add', report)).toBe(false);
    const filedByPlanner = { kind: 'problem' as const, unitIds: ['U2'], filedBy: 'planner' };
    expect(WHO.map((w) => may(user(w), 'photo.add', filedByPlanner))).toEqual([yes, yes, no, yes, no, no]);
    expect(may(reporter('U2'), 'photo.add', filedByPlanner)).toBe(true);
  });

  it('lets only the inspector a point was handed to score it (admins any)', () => {
    expect(may(user('inspector'), 'assessment.score', { inspectorId: 'someone-else' })).toBe(false);
    expect(may(user('inspector'), 'assessment.score', { inspectorId: null })).toBe(false);
    expect(may(user('admin'), 'assessment.score', { inspectorId: 'someone-else' })).toBe(true);
  });

  it('lets a photo document only a step its sender took (admins any)', () => {
    expect(may(user('inspector'), 'step.document', { takenBy: 'someone-else' })).toBe(false);
    expect(may(user('admin'), 'step.document', { takenBy: 'someone-else' })).toBe(true);
    expect(may(user('reporter'), 'step.document', { takenBy: null })).toBe(false);
  });
});

describe('may: county scope', () => {
  it('keeps a county’s account to its county’s subjects; a city-wide account acts everywhere', () => {
    for (const action of ACTIONS.filter((a) => !CITY_WIDE_ACTIONS.includes(a))) {
      for (const who of WHO) {
        if (who === 'anonymous') continue;
        const subject = { ...(SUBJECTS[action] ?? {}), countyId: 'X' } as ActionSubjects[typeof action];
        const elsewhere = { ...(SUBJECTS[action] ?? {}), countyId: 'Y' } as ActionSubjects[typeof action];
        const allowed = TABLE[action][WHO.indexOf(who)];
        const label = `${who} ${action}`;
        expect(check(user(who, 'X'), action, subject), label).toBe(allowed);
        expect(check(user(who, 'X'), action, elsewhere), label).toBe(false);
        expect(check(user(who, null), action, elsewhere), label).toBe(allowed);
        // a subject that names no county is not bound to one
        expect(check(user(who, 'X'), action, SUBJECTS[action]), label).toBe(allowed);
      }
    }
  });
});

describe('rolesFor and the route guards', () => {
  it('names the roles a route lets through before it loads the subject', () => {
    expect(rolesFor('problem.step')).toEqual(['admin', 'inspector', 'reporter']);
    expect(rolesFor('overdue.read')).toEqual(['admin', 'planner', 'leader', 'inspector']);
    expect(rolesFor('exports.read')).toEqual(['admin', 'planner', 'leader', 'inspector']);
  });

  it('guards a route with every action but the view-only ones', () => {
    const guarded = new Set<Action>(Object.values(ROUTE_GUARDS).flatMap((g) => (typeof g === 'string' ? [] : g)));
    expect(ACTIONS.filter((a) => !guarded.has(a))).toEqual(VIEW_ONLY_ACTIONS);
  });

  it('keeps what spans every county (holidays, the city overview) to city-wide accounts', () => {
    expect([...CITY_WIDE_ACTIONS].sort()).toEqual(['city.read', 'exempt.manage']);
    for (const action of CITY_WIDE_ACTIONS) {
      for (const who of WHO) {
        if (who === 'anonymous') continue;
        expect(check(user(who, 'X'), action, undefined), `${who} ${action}`).toBe(false);
        expect(check(user(who, null), action, undefined), `${who} ${action}`).toBe(TABLE[action][WHO.indexOf(who)]);
      }
    }
  });
});
