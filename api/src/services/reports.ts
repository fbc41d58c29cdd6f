import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  MAX_REPORT_PHOTOS,
  checkReport,
  describeReportIssue,
  missingFields,
  reportStatus,
  revisedAfterDue,
  shanghaiDate,
  weekOpensAt,
  type PhotoInfo,
  type ReportFields,
  type ReportIncompleteDetails,
  type ReportIssue,
  type ReportRequirements,
  type ReportResponse,
} from '@wangge/geodata';
import { first } from '../db/query.ts';
import { ofCounty } from '../db/county-scope.ts';
import type { Q, Store } from '../db/store.ts';
import { refuseOtherCounty } from './counties.ts';
import type { Tables } from '../db/tables.ts';
import { uniqueViolation } from '../db/unique-violation.ts';
import { HttpError, badRequest, notFound } from '../http/errors.ts';
import { audit } from './audit.ts';
import { photoInfos, removeFiles, versionPhotos, writePhotos, type PreparedPhoto } from './report-photos.ts';
import { reportRequirements } from './report-requirements.ts';
import { isExemptWeek } from './status.ts';
import { refuseUnlessOpen } from './week-state.ts';

export interface SubmitInput extends ReportFields {
  unitId: string;
  gridId: string;
  week: string;
  /** the revision an edit is based on; required once a report exists, and a different stored revision means someone else edited first */
  baseRevision: number | null;
  /** ids of the current version's photos the new version leaves out */
  removePhotos: string[];
  userId: string;
}

export type ReportRow = Tables['weeklyReports']['$inferSelect'];

function reportView(row: ReportRow, exempt: boolean, now: number, photos: ReadonlyMap<string, PhotoInfo>): ReportResponse {
  const { photoIds, submittedAt, updatedAt, requirements, ...rest } = row;
  return {
    ...rest,
    submittedAt: new Date(submittedAt).toISOString(),
    updatedAt: new Date(updatedAt).toISOString(),
    status: reportStatus({ week: row.week, now, submittedAt, exempt }),
    revisedAfterDue: revisedAfterDue(row),
    requirements: requirements ?? null,
    photos: (photoIds ?? []).flatMap((id) => photos.get(id) ?? []),
  };
}

async function reportViews(q: Q, rows: readonly ReportRow[], now: number): Promise<ReportResponse[]> {
  const exempt = new Map<string, boolean>();
  for (const week of new Set(rows.map((r) => r.week))) exempt.set(week, await isExemptWeek(q, week));
  const photos = await photoInfos(q, rows.flatMap((r) => r.photoIds ?? []));
  return rows.map((r) => reportView(r, exempt.get(r.week)!, now, photos));
}

/** A week's reports, of some units only or of all; by grid, then unit. */
export async function listReports(q: Q, week: string, unitIds: string[] | null, now: number): Promise<ReportResponse[]> {
  const { db, t } = q;
  const rows = await db
    .select()
    .from(t.weeklyReports)
    .where(and(eq(t.weeklyReports.week, week), ofCounty(q, t.weeklyReports.countyId), unitIds ? inArray(t.weeklyReports.unitId, unitIds) : undefined))
    .orderBy(asc(t.weeklyReports.gridId), asc(t.weeklyReports.unitId));
  return reportViews(q, rows, now);
}

/** A stored report by id (the routes check who may read it). */
export async function reportById({ db, t }: Q, id: number): Promise<ReportRow | undefined> {
  return Number.isSafeInteger(id) ? first(db.select().from(t.weeklyReports).where(eq(t.weeklyReports.id, id))) : undefined;
}

function incomplete(issues: ReportIssue[], requirements: ReportRequirements): HttpError {
  const details: ReportIncompleteDetails = { missing: missingFields(issues), issues, requirements };
  return new HttpError(422, 'report_incomplete', `the report is incomplete: ${issues.map(describeReportIssue).join('; ')}`, details);
}

/**
 * Stores a unit's weekly report for a grid with its photos, in one transaction: all of it or
 * nothing (photo files written for a transaction that then fails are removed). The first
 * submission sets submittedAt for good; later ones are revisions, each based on the revision it
 * names, and the version they replace is kept whole (photo ids and requirements included). Every
 * version must meet the requirements in force when it is made, and they are recorded with it.
 */
export async function submitReport(store: Store, input: SubmitInput, uploads: readonly PreparedPhoto[], photoDir: string | null, now: number): Promise<{ created: boolean; report: ReportResponse }> {
  const { db, t } = store;
  const { unitId, gridId, week, baseRevision, removePhotos, userId, ...fields } = input;
  const grid = await first(db.select().from(t.grids).where(and(eq(t.grids.id, gridId), t.activeGrid)));
  if (!grid) throw notFound(`grid "${gridId}" does not exist (or was retired)`);
  refuseOtherCounty(store, grid.countyId);
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
  if (uploads.length > 0 && !photoDir) throw new HttpError(503, 'no_photo_store', 'photo uploads are not configured on this server');
  const which = `${unit.name}'s report for grid ${grid.code} in week ${week}`;
  const written: string[] = [];
  try {
    return await store.tx(async (tx) => {
      const existing = await first(tx.db.select().from(t.weeklyReports).where(and(eq(t.weeklyReports.unitId, unitId), eq(t.weeklyReports.gridId, gridId), eq(t.weeklyReports.week, week))));
      if (existing && baseRevision === null) {
        throw new HttpError(409, 'report_exists', `${which} was already submitted (now revision ${existing.revision}); to change it, send revision: ${existing.revision}`);
      }
      if (!existing && baseRevision !== null) throw new HttpError(409, 'stale_revision', `${which} has not been submitted yet: there is no revision ${baseRevision} to change; leave out revision`);
      if (existing && baseRevision !== existing.revision) {
        throw new HttpError(409, 'stale_revision', `this report was changed since revision ${baseRevision} (now revision ${existing.revision}); reload it before editing`);
      }
      const current = existing?.photoIds ?? [];
      const unknown = removePhotos.filter((id) => !current.includes(id));
      if (unknown.length) throw badRequest(`removePhotos names photos the report's current version does not have: ${unknown.join(', ')}`, 'bad_field');
      const kept = current.filter((id) => !removePhotos.includes(id));
      if (kept.length + uploads.length > MAX_REPORT_PHOTOS) {
        throw badRequest(`a report has at most ${MAX_REPORT_PHOTOS} photos: ${kept.length} kept and ${uploads.length} sent`, 'too_many_photos');
      }
      const requirements = await reportRequirements(tx);
      const issues = checkReport({ week, ...fields }, kept.length + uploads.length, requirements, shanghaiDate(now));
      if (issues.length) throw incomplete(issues, requirements);
      const photos = await versionPhotos(tx, existing?.id ?? null, kept, uploads);
      const version = { ...fields, requirements, photoIds: photos.ids, updatedAt: now, submittedBy: userId };
      let row: ReportRow;
      if (!existing) {
        [row] = await tx.db.insert(t.weeklyReports).values({ countyId: grid.countyId, unitId, gridId, week, submittedAt: now, revision: 1, ...version }).returning();
        await audit(tx, { at: now, userId, entity: 'report', entityId: String(row.id), action: 'submit', after: row });
      } else {
        await tx.db.insert(t.reportRevisions).values({ reportId: existing.id, revision: existing.revision, data: existing, createdAt: now, createdBy: userId });
        [row] = await tx.db
          .update(t.weeklyReports)
          .set({ ...version, revision: existing.revision + 1 })
          .where(eq(t.weeklyReports.id, existing.id))
          .returning();
        await audit(tx, { at: now, userId, entity: 'report', entityId: String(row.id), action: 'revise', before: existing, after: row });
      }
      await writePhotos(tx, photoDir ?? '', row.id, photos.fresh, now, written);
      const [report] = await reportViews(tx, [row], now);
      return { created: !existing, report };
    });
  } catch (err) {
    removeFiles(written);
    const clash = uniqueViolation(err);
    if (clash?.on.includes('weekly_reports')) {
      throw new HttpError(409, 'report_exists', `${which} was submitted by someone else at the same moment; reload it, then send revision: 1 to change it`);
    }
    if (clash?.on.includes('photos')) throw new HttpError(422, 'photo_reused', 'a photo of this submission was attached to another report at the same moment: a report needs photos taken for it');
    throw err;
  }
}
