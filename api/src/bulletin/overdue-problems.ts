import { and, asc, eq, inArray, lte, ne } from 'drizzle-orm';
import { NOTE_ACTION, OPEN_PROBLEM_STATUSES, type BulletinProblemUnit } from '@wangge/geodata';
import { ofCounty } from '../db/county-scope.ts';
import type { Q } from '../db/store.ts';

const HOUR = 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The problems open past their deadline at `at`, per unit answering for them: the owner unit
 * (牵头单位) once assigned, else the units the place routed it to. Where a problem stood at `at`
 * is replayed from its workflow steps, so a bulletin made later says what was true then. Only
 * the problems of the handle's county.
 */
export async function overdueProblemsAt(q: Q, at: number): Promise<BulletinProblemUnit[]> {
  const { db, t } = q;
  const candidates = await db
    .select({ id: t.problems.id, category: t.problems.category, description: t.problems.description, dueAt: t.problems.dueAt, ownerUnitId: t.problems.ownerUnitId })
    .from(t.problems)
    .where(and(lte(t.problems.createdAt, at), lte(t.problems.dueAt, at - 1), ofCounty(q, t.problems.countyId)));
  if (candidates.length === 0) return [];
  const ids = candidates.map((p) => p.id);
  const statusAt = new Map<string, string>();
  const steps = await db
    .select({ problemId: t.problemEvents.problemId, toStatus: t.problemEvents.toStatus })
    .from(t.problemEvents)
    .where(and(inArray(t.problemEvents.problemId, ids), lte(t.problemEvents.at, at), ne(t.problemEvents.action, NOTE_ACTION)))
    .orderBy(asc(t.problemEvents.id));
  for (const s of steps) statusAt.set(s.problemId, s.toStatus);
  const open = candidates.filter((p) => (OPEN_PROBLEM_STATUSES as readonly string[]).includes(statusAt.get(p.id) ?? 'reported'));
  if (open.length === 0) return [];
  const routed = await db
    .select({ problemId: t.problemUnits.problemId, unitId: t.problemUnits.unitId })
    .from(t.problemUnits)
    .where(and(inArray(t.problemUnits.problemId, open.map((p) => p.id)), eq(t.problemUnits.routed, true)));
  const unitNames = new Map((await db.select({ id: t.units.id, name: t.units.name }).from(t.units)).map((u) => [u.id, u.name]));
  const byUnit = new Map<string, BulletinProblemUnit>();
  for (const p of open) {
    const units = p.ownerUnitId ? [p.ownerUnitId] : routed.filter((r) => r.problemId === p.id).map((r) => r.unitId);
    for (const unitId of units) {
      const entry = byUnit.get(unitId) ?? { unitId, unitName: unitNames.get(unitId) ?? unitId, problems: [] };
      entry.problems.push({ id: p.id, category: p.category, description: p.description, dueAt: iso(p.dueAt!), overdueHours: Math.floor((at - p.dueAt!) / HOUR) });
      byUnit.set(unitId, entry);
    }
  }
  for (const e of byUnit.values()) e.problems.sort((a, b) => b.overdueHours - a.overdueHours || a.id.localeCompare(b.id));
  return [...byUnit.values()].sort((a, b) => b.problems.length - a.problems.length || a.unitName.localeCompare(b.unitName, 'zh'));
}
