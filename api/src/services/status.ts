import { and, asc, eq, inArray } from 'drizzle-orm';
import { STATUS_ORDER, reportStatus, weekDueAt, weekOpensAt, worstStatus, type GridStatus, type Status, type StatusResponse } from '@wangge/geodata';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** Every grid's status for one week at `now`, with each holding unit's own status. */
export function gridStatuses(db: Db, week: string, now: number, gridIds?: string[]): GridStatus[] {
  const exempt = db.select().from(t.exemptWeeks).where(eq(t.exemptWeeks.week, week)).get() !== undefined;
  const holders = db
    .select({ gridId: t.gridUnits.gridId, code: t.grids.code, unitId: t.units.id, unitName: t.units.name, lead: t.gridUnits.lead })
    .from(t.gridUnits)
    .innerJoin(t.grids, eq(t.grids.id, t.gridUnits.gridId))
    .innerJoin(t.units, eq(t.units.id, t.gridUnits.unitId))
    .where(and(t.activeGrid, gridIds ? inArray(t.gridUnits.gridId, gridIds) : undefined))
    .orderBy(asc(t.grids.code))
    .all();
  const submitted = new Map(
    db
      .select({ unitId: t.weeklyReports.unitId, gridId: t.weeklyReports.gridId, submittedAt: t.weeklyReports.submittedAt })
      .from(t.weeklyReports)
      .where(and(eq(t.weeklyReports.week, week), gridIds ? inArray(t.weeklyReports.gridId, gridIds) : undefined))
      .all()
      .map((r) => [`${r.unitId}|${r.gridId}`, r.submittedAt]),
  );
  const byGrid = new Map<string, GridStatus>();
  for (const h of holders.sort((a, b) => Number(b.lead) - Number(a.lead))) {
    const submittedAt = submitted.get(`${h.unitId}|${h.gridId}`) ?? null;
    const status = reportStatus({ week, now, submittedAt, exempt });
    const entry = byGrid.get(h.gridId) ?? { gridId: h.gridId, code: h.code, status, units: [] };
    entry.units.push({ unitId: h.unitId, unitName: h.unitName, status, submittedAt: submittedAt === null ? null : iso(submittedAt) });
    byGrid.set(h.gridId, entry);
  }
  const all = db.select({ id: t.grids.id, code: t.grids.code }).from(t.grids).where(and(t.activeGrid, gridIds ? inArray(t.grids.id, gridIds) : undefined)).orderBy(asc(t.grids.code)).all();
  return all.map((g) => {
    const entry = byGrid.get(g.id);
    // A grid no unit holds cannot report: it shows as missing once due, so the gap in responsibility is visible.
    if (!entry) return { gridId: g.id, code: g.code, status: reportStatus({ week, now, submittedAt: null, exempt }), units: [] };
    entry.status = worstStatus(entry.units.map((u) => u.status)) ?? entry.status;
    return entry;
  });
}

export function weekStatus(db: Db, week: string, now: number): StatusResponse {
  const grids = gridStatuses(db, week, now);
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
  for (const g of grids) counts[g.status] += 1;
  const exempt = db.select().from(t.exemptWeeks).where(eq(t.exemptWeeks.week, week)).get() !== undefined;
  return { week, now: iso(now), opensAt: iso(weekOpensAt(week)), dueAt: iso(weekDueAt(week)), exempt, counts, grids };
}
