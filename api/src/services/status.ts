import { and, eq, inArray } from 'drizzle-orm';
import { STATUS_ORDER, reportStatus, revisedAfterDue, weekClosesAt, weekDueAt, weekOpensAt, worstStatus, type GridStatus, type Status, type StatusResponse } from '@wangge/geodata';
import { first } from '../db/query.ts';
import { ofCounty } from '../db/county-scope.ts';
import type { Q } from '../db/store.ts';
import { gridCodesOfWeek, holders } from './layout.ts';

const iso = (ms: number) => new Date(ms).toISOString();

export async function isExemptWeek({ db, t }: Q, week: string): Promise<boolean> {
  return (await first(db.select({ week: t.exemptWeeks.week }).from(t.exemptWeeks).where(eq(t.exemptWeeks.week, week)))) !== undefined;
}

/**
 * Every grid's status for one week at `now`, computed against the grids and units in force that
 * week, with each holding unit's own status. Frozen weeks are answered by statusOfWeek.
 */
export async function gridStatuses(q: Q, week: string, now: number, gridIds?: string[]): Promise<GridStatus[]> {
  const { db, t } = q;
  const exempt = await isExemptWeek(q, week);
  const grids = await gridCodesOfWeek(q, week, gridIds);
  const held = await holders(q, week, gridIds);
  const submitted = new Map(
    (
      await db
        .select({ unitId: t.weeklyReports.unitId, gridId: t.weeklyReports.gridId, submittedAt: t.weeklyReports.submittedAt, revision: t.weeklyReports.revision, updatedAt: t.weeklyReports.updatedAt })
        .from(t.weeklyReports)
        .where(and(eq(t.weeklyReports.week, week), ofCounty(q, t.weeklyReports.countyId), gridIds ? inArray(t.weeklyReports.gridId, gridIds) : undefined))
    ).map((r) => [`${r.unitId}|${r.gridId}`, r]),
  );
  const byGrid = new Map<string, GridStatus>();
  for (const g of grids) byGrid.set(g.id, { gridId: g.id, code: g.code, status: reportStatus({ week, now, submittedAt: null, exempt }), units: [] });
  for (const h of held) {
    const entry = byGrid.get(h.gridId);
    if (!entry) continue;
    const report = submitted.get(`${h.unitId}|${h.gridId}`);
    const submittedAt = report?.submittedAt ?? null;
    entry.units.push({
      unitId: h.unitId,
      unitName: h.unitName,
      status: reportStatus({ week, now, submittedAt, exempt }),
      submittedAt: submittedAt === null ? null : iso(submittedAt),
      revisions: report?.revision ?? 0,
      revisedAfterDue: report !== undefined && revisedAfterDue({ week, ...report }),
    });
  }
  // A grid no unit held cannot report: it shows as missing once due, so the gap in responsibility is visible.
  for (const entry of byGrid.values()) entry.status = worstStatus(entry.units.map((u) => u.status)) ?? entry.status;
  return [...byGrid.values()];
}

/** A week's status as it stands at `now` (not frozen). */
export async function computeWeekStatus(q: Q, week: string, now: number, graceHours: number): Promise<StatusResponse> {
  const grids = await gridStatuses(q, week, now);
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
  for (const g of grids) counts[g.status] += 1;
  return {
    week,
    now: iso(now),
    opensAt: iso(weekOpensAt(week)),
    dueAt: iso(weekDueAt(week)),
    closesAt: iso(weekClosesAt(week, graceHours)),
    closedAt: null,
    notStarted: false,
    exempt: await isExemptWeek(q, week),
    counts,
    grids,
  };
}
