import { may, PROBLEM_TRANSITIONS, type MeResponse, type ProblemStatus } from '@wangge/geodata';
import { policyUser } from '../session/policy-user.ts';

export type ProblemStep = (typeof PROBLEM_TRANSITIONS)[number];

/**
 * The workflow steps this user may take on a problem now: the steps out of its status that the
 * policy allows (inspectors assign, verify and send back; a responsible unit's reporter starts and
 * fixes; an admin any). The server checks again; this only decides which buttons to show.
 */
export function allowedSteps(problem: { status: string; units: readonly { id: string }[] }, me: MeResponse | null): ProblemStep[] {
  const user = policyUser(me);
  const unitIds = problem.units.map((u) => u.id);
  return PROBLEM_TRANSITIONS.filter((step) => step.from === (problem.status as ProblemStatus) && may(user, 'problem.step', { step, unitIds }));
}

/** Who may attach photos besides taking a step: the filer, inspectors, a responsible unit, admins. */
export function mayAddPhotos(problem: { units: readonly { id: string }[]; events: readonly { action: string; by: string | null }[] }, me: MeResponse | null): boolean {
  const filedBy = problem.events.find((e) => e.action === 'file')?.by ?? null;
  return may(policyUser(me), 'photo.add', { kind: 'problem', unitIds: problem.units.map((u) => u.id), filedBy });
}
