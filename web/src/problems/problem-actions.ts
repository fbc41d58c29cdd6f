import { may, PROBLEM_TRANSITIONS, type MeResponse, type ProblemStatus } from '@wangge/geodata';
import { policyUser } from '../session/policy-user.ts';

export type ProblemStep = (typeof PROBLEM_TRANSITIONS)[number];

/**
 * The workflow steps this user may take on a problem now: the steps out of its status that the
 * policy allows (inspectors assign, reassign, verify and send back; the owner unit's reporter starts
 * and fixes; an admin any). The server checks again; this only decides which buttons to show.
 */
export function allowedSteps(problem: { status: string; ownerUnitId: string | null }, me: MeResponse | null): ProblemStep[] {
  const user = policyUser(me);
  return PROBLEM_TRANSITIONS.filter((step) => step.from === (problem.status as ProblemStatus) && may(user, 'problem.step', { step, ownerUnitId: problem.ownerUnitId }));
}

/**
 * Who may add a note (words and photos, no status change): the filer, inspectors, every unit
 * answering for it (owner, co-operating, routed), admins; not once it is verified (closed).
 */
export function mayAddNote(
  problem: { status: string; units: readonly { id: string }[]; events: readonly { action: string; by: { username: string } | null }[] },
  me: MeResponse | null,
): boolean {
  if (problem.status === 'verified') return false;
  const filedBy = problem.events.find((e) => e.action === 'file')?.by?.username ?? null;
  return may(policyUser(me), 'problem.note', { unitIds: problem.units.map((u) => u.id), filedBy });
}
