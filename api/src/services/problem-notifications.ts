import { NOTIFICATION_KINDS, type ProblemStepInput } from '@wangge/geodata';
import type { Q } from '../db/store.ts';
import { notifyUsers, unitReporters, type Notice } from './notifications.ts';
import type { ProblemRow } from './problems.ts';

/**
 * Who hears of a problem's step, in the step's transaction: the owner unit's reporters when it is
 * assigned to them (交办 / 改派) or sent back (退回), and whoever filed it when it is fixed. The
 * one who took the step is not told of it.
 */
export async function notifyProblemStep(tx: Q, p: ProblemRow, action: string, input: ProblemStepInput, actorId: string, now: number): Promise<void> {
  const base = { problemId: p.id, category: p.category };
  const link = { problem: p.id };
  const toUnit = async (unitId: string | null, notice: Notice) => {
    if (!unitId) return;
    const reporters = (await unitReporters(tx, [unitId])).get(unitId) ?? [];
    await notifyUsers(tx, reporters.filter((id) => id !== actorId), notice, now);
  };
  if (action === 'assign' || action === 'reassign') {
    await toUnit(input.assignment?.ownerUnitId ?? p.ownerUnitId, { kind: NOTIFICATION_KINDS.problemAssigned, params: base, link });
  } else if (action === 'return') {
    await toUnit(p.ownerUnitId, { kind: NOTIFICATION_KINDS.problemReturned, params: { ...base, note: input.note ?? '' }, link });
  } else if (action === 'fix' && p.createdBy && p.createdBy !== actorId) {
    await notifyUsers(tx, [p.createdBy], { kind: NOTIFICATION_KINDS.problemFixed, params: base, link }, now);
  }
}
