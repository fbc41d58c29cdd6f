import { and, eq, sql } from 'drizzle-orm';
import { reportStatus, shanghaiDate, weekOpensAt, type ReportFields, type Status } from '@wangge/geodata';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { HttpError, badRequest, conflict, notFound } from '../http/errors.ts';
import { audit } from './audit.ts';

export interface SubmitInput extends ReportFields {
  unitId: string;
  gridId: string;
  week: string;
  /** the revision the edit is based on; a different stored revision means someone else edited first */
  baseRevision: number | null;
  userId: string;
}

type ReportRow = typeof t.weeklyReports.$inferSelect;

/** The first week anyone reported (tracking began); null before any report. */
export function firstReportedWeek(db: Db): string | null {
  return db.select({ w: sql<string | null>`min(${t.weeklyReports.week})` }).from(t.weeklyReports).get()?.w ?? null;
}

export function reportView(row: ReportRow, exempt: boolean, now: number) {
  const status: Status = reportStatus({ week: row.week, now, submittedAt: row.submittedAt, exempt });
  return { ...row, submittedAt: new Date(row.submittedAt).toISOString(), updatedAt: new Date(row.updatedAt).toISOString(), status };
}

/**
 * Stores a unit's weekly report for a grid: the first submission sets submittedAt for good; later
 * ones are revisions (the previous content is kept). One transaction: all of it or nothing.
 */
export function submitReport(db: Db, input: SubmitInput, now: number): { created: boolean; report: ReturnType<typeof reportView> } {
  const { unitId, gridId, week, baseRevision, userId, ...fields } = input;
  const grid = db.select().from(t.grids).where(and(eq(t.grids.id, gridId), t.activeGrid)).get();
  if (!grid) throw notFound(`grid "${gridId}" does not exist (or was retired)`);
  const unit = db.select().from(t.units).where(eq(t.units.id, unitId)).get();
  if (!unit) throw notFound(`unit "${unitId}" does not exist`);
  const holds = db.select().from(t.gridUnits).where(and(eq(t.gridUnits.gridId, gridId), eq(t.gridUnits.unitId, unitId))).get();
  if (!holds) throw new HttpError(403, 'not_your_grid', `${unit.name} does not hold grid ${grid.code} (${grid.name})`);
  const opens = weekOpensAt(week);
  if (now < opens) {
    throw badRequest(`reports for week ${week} open on Friday ${shanghaiDate(opens)} 16:00 (Asia/Shanghai)`, 'not_open');
  }
  if (fields.problemsFound !== null && fields.problemsFixed !== null && fields.problemsFixed > fields.problemsFound) {
    throw badRequest(`problemsFixed (${fields.problemsFixed}) cannot exceed problemsFound (${fields.problemsFound})`, 'bad_field');
  }
  const exempt = db.select().from(t.exemptWeeks).where(eq(t.exemptWeeks.week, week)).get() !== undefined;
  return db.transaction((tx) => {
    const existing = tx.select().from(t.weeklyReports).where(and(eq(t.weeklyReports.unitId, unitId), eq(t.weeklyReports.gridId, gridId), eq(t.weeklyReports.week, week))).get();
    if (!existing) {
      const row = tx.insert(t.weeklyReports).values({ unitId, gridId, week, submittedAt: now, updatedAt: now, revision: 1, submittedBy: userId, ...fields }).returning().get();
      audit(tx as unknown as Db, { at: now, userId, entity: 'report', entityId: String(row.id), action: 'submit', after: row });
      return { created: true, report: reportView(row, exempt, now) };
    }
    if (baseRevision !== null && baseRevision !== existing.revision) {
      throw conflict(`this report was changed since revision ${baseRevision} (now revision ${existing.revision}); reload it before editing`);
    }
    tx.insert(t.reportRevisions).values({ reportId: existing.id, revision: existing.revision, data: existing, createdAt: now, createdBy: userId }).run();
    const row = tx
      .update(t.weeklyReports)
      .set({ ...fields, updatedAt: now, revision: existing.revision + 1, submittedBy: userId })
      .where(eq(t.weeklyReports.id, existing.id))
      .returning()
      .get();
    audit(tx as unknown as Db, { at: now, userId, entity: 'report', entityId: String(row.id), action: 'revise', before: existing, after: row });
    return { created: false, report: reportView(row, exempt, now) };
  });
}
