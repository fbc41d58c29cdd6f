import { and, asc, eq, inArray } from 'drizzle-orm';
import { STATUS_ORDER, reportStatus, revisedAfterDue, weekDueAt, weekOpensAt, worstStatus, type GridStatus, type Status, type StatusResponse } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q } from '../db/store.ts';

const iso = (ms: number) => new Date(ms).toISOString();

export async function isExemptWeek({ db, t }: Q, week: string): Promise<boolean> {
  return (await first(db.select({ week: t.exemptWeeks.week }).from(t.exemptWeeks).where(eq(t.exemptWeeks.week, week)))) !== undefined;
}

/** Every grid's status for one week at `now`, with each holding unit's own status. */
export async function gridStatuses(q: Q, week: string, now: number, gridIds?: string[]): Promise<GridStatus[]> {
  const { db, t } = q;
  const exempt = await isExemptWeek(q, week);
  const active = t.activeGrid;
  const holders = await db
    .select({ gridId: t.gridUnits.gridId, code: t.grids.code, unitId: t.units.id, unitName: t.units.name, lead: t.gridUnits.lead })
    .from(t.gridUnits)
    .innerJoin(t.grids, eq(t.grids.id, t.gridUnits.gridId))
    .innerJoin(t.units, eq(t.units.id, t.gridUnits.unitId))
    .where(and(active, gridIds ? inArray(t.gridUnits.gridId, gridIds) : undefined))
    .orderBy(asc(t.grids.code));
  const submitted = new Map(
    (
      await db
        .select({ unitId: t.weeklyReports.unitId, gridId: t.weeklyReports.gridId, submittedAt: t.weeklyReports.submittedAt, revision: t.weeklyReports.revision, updatedAt: t.weeklyReports.updatedAt })
        .from(t.weeklyReports)
        .where(and(eq(t.weeklyReports.week, week), gridIds ? inArray(t.weeklyReports.gridId, gridIds) : undefined))
    ).map((r) => [`${r.unitId}|${r.gridId}`, r]),
  );
  const byGrid = new Map<string, GridStatus>();
  for (const h of holders.sort((a, b) => Number(b.lead) - Number(a.lead))) {
    const report = submitted.get(`${h.unitId}|${h.gridId}`);
    const submittedAt = report?.submittedAt ?? null;
    const status = reportStatus({ week, now, submittedAt, exempt });
    const entry = byGrid.get(h.gridId) ?? { gridId: h.gridId, code: h.code, status, units: [] };
    entry.units.push({
      unitId: h.unitId,
      unitName: h.unitName,
      status,
      submittedAt: submittedAt === null ? null : iso(submittedAt),
      revisions: report?.revision ?? 0,
      revisedAfterDue: report !== undefined && revisedAfterDue({ week, ...report }),
    });
    byGrid.set(h.gridId, entry);
  }
  const all = await db.select({ id: t.grids.id, code: t.grids.code }).from(t.grids).where(and(active, gridIds ? inArray(t.grids.id, gridIds) : undefined)).orderBy(asc(t.grids.code));
  return all.map((g) => {
    const entry = byGrid.get(g.id);
    // A grid no unit holds cannot report: it shows as missing once due, so the gap in responsibility is visible.
    if (!entry) return { gridId: g.id, code: g.code, status: reportStatus({ week, now, submittedAt: null, exempt }), units: [] };
    entry.status = worstStatus(entry.units.map((u) => u.status)) ?? entry.status;
    return entry;
  });
}

export async function weekStatus(q: Q, week: string, now: number): Promise<StatusResponse> {
  const grids = await gridStatuses(q, week, now);
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
  for (const g of grids) counts[g.status] += 1;
  const exempt = await isExemptWeek(q, week);
  return { week, now: iso(now), opensAt: iso(weekOpensAt(week)), dueAt: iso(weekDueAt(week)), exempt, counts, grids };
}
