import { and, asc, eq, inArray } from 'drizzle-orm';
import { reportStatus, shanghaiDate, weekOpensAt, type ReportFields, type Status } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { HttpError, badRequest, conflict, notFound } from '../http/errors.ts';
import { audit } from './audit.ts';
import { refuseUnlessOpen } from './week-state.ts';
import { isExemptWeek } from './status.ts';

export interface SubmitInput extends ReportFields {
  unitId: string;
  gridId: string;
  week: string;
  /** the revision the edit is based on; a different stored revision means someone else edited first */
  baseRevision: number | null;
  userId: string;
}

type ReportRow = Tables['weeklyReports']['$inferSelect'];

export function reportView(row: ReportRow, exempt: boolean, now: number) {
  const status: Status = reportStatus({ week: row.week, now, submittedAt: row.submittedAt, exempt });
  return { ...row, submittedAt: new Date(row.submittedAt).toISOString(), updatedAt: new Date(row.updatedAt).toISOString(), status };
}

/** A week's reports, of some units only or of all; by grid, then unit. */
export async function listReports(q: Q, week: string, unitIds: string[] | null, now: number) {
  const { db, t } = q;
  const exempt = await isExemptWeek(q, week);
  const rows = await db
    .select()
    .from(t.weeklyReports)
    .where(and(eq(t.weeklyReports.week, week), unitIds ? inArray(t.weeklyReports.unitId, unitIds) : undefined))
    .orderBy(asc(t.weeklyReports.gridId), asc(t.weeklyReports.unitId));
  return rows.map((r) => reportView(r, exempt, now));
}

/** A stored report by id (the photo routes check who may add to it). */
export async function reportById({ db, t }: Q, id: number): Promise<ReportRow | undefined> {
  return Number.isSafeInteger(id) ? first(db.select().from(t.weeklyReports).where(eq(t.weeklyReports.id, id))) : undefined;
}

/**
 * Stores a unit's weekly report for a grid: the first submission sets submittedAt for good; later
 * ones are revisions (the previous content is kept). One transaction: all of it or nothing.
 */
export async function submitReport(store: Store, input: SubmitInput, now: number): Promise<{ created: boolean; report: ReturnType<typeof reportView> }> {
  const { db, t } = store;
  const { unitId, gridId, week, baseRevision, userId, ...fields } = input;
  const grid = await first(db.select().from(t.grids).where(and(eq(t.grids.id, gridId), t.activeGrid)));
  if (!grid) throw notFound(`grid "${gridId}" does not exist (or was retired)`);
  const unit = await first(db.select().from(t.units).where(eq(t.units.id, unitId)));
  if (!unit) throw notFound(`unit "${unitId}" does not exist`);
  const holds = await first(db.select().from(t.gridUnits).where(and(eq(t.gridUnits.gridId, gridId), eq(t.gridUnits.unitId, unitId))));
  if (!holds) throw new HttpError(403, 'not_your_grid', `${unit.name} does not hold grid ${grid.code} (${grid.name})`);
  const opens = weekOpensAt(week);
  if (now < opens) {
    throw badRequest(`reports for week ${week} open on Friday ${shanghaiDate(opens)} 16:00 (Asia/Shanghai)`, 'not_open');
  }
  if (fields.problemsFound !== null && fields.problemsFixed !== null && fields.problemsFixed > fields.problemsFound) {
    throw badRequest(`problemsFixed (${fields.problemsFixed}) cannot exceed problemsFound (${fields.problemsFound})`, 'bad_field');
  }
  await refuseUnlessOpen(store, week, now);
  const exempt = await isExemptWeek(store, week);
  return store.tx(async (tx) => {
    const existing = await first(tx.db.select().from(t.weeklyReports).where(and(eq(t.weeklyReports.unitId, unitId), eq(t.weeklyReports.gridId, gridId), eq(t.weeklyReports.week, week))));
    if (!existing) {
      const [row] = await tx.db.insert(t.weeklyReports).values({ unitId, gridId, week, submittedAt: now, updatedAt: now, revision: 1, submittedBy: userId, ...fields }).returning();
      await audit(tx, { at: now, userId, entity: 'report', entityId: String(row.id), action: 'submit', after: row });
      return { created: true, report: reportView(row, exempt, now) };
    }
    if (baseRevision !== null && baseRevision !== existing.revision) {
      throw conflict(`this report was changed since revision ${baseRevision} (now revision ${existing.revision}); reload it before editing`);
    }
    await tx.db.insert(t.reportRevisions).values({ reportId: existing.id, revision: existing.revision, data: existing, createdAt: now, createdBy: userId });
    const [row] = await tx.db
      .update(t.weeklyReports)
      .set({ ...fields, updatedAt: now, revision: existing.revision + 1, submittedBy: userId })
      .where(eq(t.weeklyReports.id, existing.id))
      .returning();
    await audit(tx, { at: now, userId, entity: 'report', entityId: String(row.id), action: 'revise', before: existing, after: row });
    return { created: false, report: reportView(row, exempt, now) };
  });
}
