import { and, eq, gte, inArray, lte, or } from 'drizzle-orm';
import { OPEN_PROBLEM_STATUSES, PROBLEM_UNIT_ROLES, geometryBBox, type BBox } from '@wangge/geodata';
import type { Q } from '../db/store.ts';
import { audit } from './audit.ts';
import type { CheckedBatch } from './grid-batch.ts';
import { routeProblem } from './locate.ts';

export interface Rerouted {
  problemId: string;
  fromGridId: string | null;
  toGridId: string | null;
}

/**
 * After grids are reshaped, merged, split or retired (inside the save's transaction): every open
 * problem that lay in a changed grid, or whose point a changed or new grid now covers, is routed
 * again by its point — to the grid and units the new layout puts there — with a 'reroute' step
 * naming the old and new grid codes. A problem whose grid stays the same keeps its units; one that
 * moves keeps the owner and co-operating units 交办 named, and only the units its place routed it to
 * change.
 */
export async function rerouteOpenProblems(tx: Q, batch: CheckedBatch, userId: string, now: number): Promise<Rerouted[]> {
  const { db, t } = tx;
  const changedIds = [...batch.retires.map((r) => r.id), ...batch.updates.map((u) => u.row.id)];
  const boxes: BBox[] = [...batch.updates.map((u) => geometryBBox(u.geometry)), ...batch.creates.map((c) => geometryBBox(c.geometry))];
  const inBoxes = boxes.map(([w, s, e, n]) => and(gte(t.problems.lon, w), lte(t.problems.lon, e), gte(t.problems.lat, s), lte(t.problems.lat, n)));
  const where = or(changedIds.length ? inArray(t.problems.gridId, changedIds) : undefined, ...inBoxes);
  if (!where) return [];
  const candidates = await db.select().from(t.problems).where(and(inArray(t.problems.status, [...OPEN_PROBLEM_STATUSES]), where));
  const codes = new Map((await db.select({ id: t.grids.id, code: t.grids.code }).from(t.grids)).map((g) => [g.id, g.code]));
  const out: Rerouted[] = [];
  for (const p of candidates) {
    const route = await routeProblem(tx, p.lon, p.lat);
    if (route.gridId === p.gridId) continue;
    // outside every community no street office would answer: the problem stays where it was
    if (route.streetOfficeId === null) continue;
    await db.update(t.problems).set({ gridId: route.gridId, streetOfficeId: route.streetOfficeId, outsideGrids: route.gridId === null, updatedAt: now }).where(eq(t.problems.id, p.id));
    await relinkRouted(tx, p.id, route.unitIds);
    const note = `${(p.gridId && codes.get(p.gridId)) ?? '—'} → ${(route.gridId && codes.get(route.gridId)) ?? '—'}`;
    await db.insert(t.problemEvents).values({ problemId: p.id, fromStatus: p.status, toStatus: p.status, action: 'reroute', note, userId, at: now });
    await audit(tx, { at: now, userId, entity: 'problem', entityId: p.id, action: 'reroute', before: { gridId: p.gridId }, after: { gridId: route.gridId, unitIds: route.unitIds } });
    out.push({ problemId: p.id, fromGridId: p.gridId, toGridId: route.gridId });
  }
  return out;
}

/**
 * The units a problem's place routes it to become `unitIds`: a unit only routed there before and
 * not now is unlinked; an owner or co-operating unit stays linked in its role, routed or not.
 */
async function relinkRouted({ db, t }: Q, problemId: string, unitIds: readonly string[]): Promise<void> {
  const links = await db.select().from(t.problemUnits).where(eq(t.problemUnits.problemId, problemId));
  const now = new Set(unitIds);
  const link = (unitId: string) => and(eq(t.problemUnits.problemId, problemId), eq(t.problemUnits.unitId, unitId));
  for (const l of links) {
    if (l.role === PROBLEM_UNIT_ROLES.routed && !now.has(l.unitId)) await db.delete(t.problemUnits).where(link(l.unitId));
    else if (l.routed !== now.has(l.unitId)) await db.update(t.problemUnits).set({ routed: now.has(l.unitId) }).where(link(l.unitId));
  }
  const added = unitIds.filter((id) => !links.some((l) => l.unitId === id));
  if (added.length) await db.insert(t.problemUnits).values(added.map((unitId) => ({ problemId, unitId, role: PROBLEM_UNIT_ROLES.routed, routed: true })));
}
