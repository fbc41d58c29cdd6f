import { PROBLEM_TRANSITIONS, type MeResponse, type ProblemStatus } from '@wangge/geodata';

export type ProblemStep = (typeof PROBLEM_TRANSITIONS)[number];

/**
 * The workflow steps this user may take on a problem now, as the server decides them: inspectors
 * assign, verify and send back; a reporter whose unit is among the problem's units starts and fixes;
 * an admin may take any step. The server checks again; this only decides which buttons to show.
 */
export function allowedSteps(problem: { status: string; units: readonly { id: string }[] }, me: MeResponse | null): ProblemStep[] {
  if (!me) return [];
  const ownUnit = me.role === 'reporter' && me.unitId !== null && problem.units.some((u) => u.id === me.unitId);
  return PROBLEM_TRANSITIONS.filter(
    (step) =>
      step.from === (problem.status as ProblemStatus) &&
      (me.role === 'admin' || (step.by === 'inspector' && me.role === 'inspector') || (step.by === 'unit' && ownUnit)),
  );
}

/** Who may attach photos besides taking a step: the filer, inspectors, a responsible unit, admins. */
export function mayAddPhotos(problem: { units: readonly { id: string }[]; events: readonly { action: string; by: string | null }[] }, me: MeResponse | null): boolean {
  if (!me) return false;
  if (me.role === 'admin' || me.role === 'inspector') return true;
  if (me.unitId !== null && problem.units.some((u) => u.id === me.unitId)) return true;
  return problem.events.some((e) => e.action === 'file' && e.by === me.username);
}
