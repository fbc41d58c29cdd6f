import { and, asc, isNull } from 'drizzle-orm';
import type { ResponsibilityIssue, ResponsibilityReport } from '@wangge/geodata';
import { ofCounty } from '../db/county-scope.ts';
import type { Q } from '../db/store.ts';

/** 纵向到底: every grid has a unit, a manager and at least two supervisors; every 片区 a leader. Ended periods do not count. */
export async function responsibility(q: Q): Promise<ResponsibilityReport> {
  const { db, t } = q;
  const units = new Map<string, number>();
  for (const gu of await db.select().from(t.gridUnits).where(isNull(t.gridUnits.validTo))) units.set(gu.gridId, (units.get(gu.gridId) ?? 0) + 1);
  const managers = new Set<string>();
  const supervisors = new Map<string, number>();
  for (const p of await db.select().from(t.people).where(isNull(t.people.validTo))) {
    if (p.role === 'manager') managers.add(p.gridId);
    else supervisors.set(p.gridId, (supervisors.get(p.gridId) ?? 0) + 1);
  }
  const grids = (await db.select({ id: t.grids.id, code: t.grids.code, name: t.grids.name }).from(t.grids).where(and(t.activeGrid, ofCounty(q, t.grids.countyId))).orderBy(asc(t.grids.code))).map((g) => {
    const n = units.get(g.id) ?? 0;
    const s = supervisors.get(g.id) ?? 0;
    const issues: ResponsibilityIssue[] = [];
    if (n === 0) issues.push('no_unit');
    if (!managers.has(g.id)) issues.push('no_manager');
    if (s < 2) issues.push('too_few_supervisors');
    return { gridId: g.id, code: g.code, name: g.name, issues, units: n, supervisors: s, hasManager: managers.has(g.id) };
  });
  const areas = (await db.select().from(t.areas).where(ofCounty(q, t.areas.countyId)).orderBy(asc(t.areas.id))).map((a) => ({
    areaId: a.id,
    name: a.name,
    issues: a.leaderTitle.trim() === '' ? (['no_leader'] as ResponsibilityIssue[]) : [],
  }));
  const issueCount = grids.filter((g) => g.issues.length).length + areas.filter((a) => a.issues.length).length;
  return { ok: issueCount === 0, grids, areas, issueCount };
}
