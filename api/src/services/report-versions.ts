import { asc, eq, inArray } from 'drizzle-orm';
import { reportStatus, weekDueAt, type ReportHistoryResponse, type ReportVersion } from '@wangge/geodata';
import type { Q } from '../db/store.ts';
import { photoInfos } from './report-photos.ts';
import type { ReportRow } from './reports.ts';
import { isExemptWeek } from './status.ts';

/** A version as kept: the report row as it stood (JSON in report_revisions, so instants are numbers). */
type KeptRow = Omit<ReportRow, 'photoIds'> & { photoIds?: string[] | null };

/**
 * Every version of a report, oldest first, the current one last. A version's time is when it was
 * made (its row's updatedAt); it is late when made after the week's deadline; the first one is
 * what timeliness is judged on. Versions kept before photos were recorded per version have
 * `photos: null`.
 */
export async function reportVersions(q: Q, report: ReportRow, now: number): Promise<ReportHistoryResponse> {
  const { db, t } = q;
  const kept = await db.select({ data: t.reportRevisions.data }).from(t.reportRevisions).where(eq(t.reportRevisions.reportId, report.id)).orderBy(asc(t.reportRevisions.revision));
  const rows: KeptRow[] = [...kept.map((k) => k.data as KeptRow), report];
  const userIds = [...new Set(rows.flatMap((r) => (r.submittedBy ? [r.submittedBy] : [])))];
  const names = new Map(
    userIds.length ? (await db.select({ id: t.users.id, username: t.users.username }).from(t.users).where(inArray(t.users.id, userIds))).map((u) => [u.id, u.username]) : [],
  );
  const photos = await photoInfos(q, rows.flatMap((r) => r.photoIds ?? []));
  const due = weekDueAt(report.week);
  const versions: ReportVersion[] = rows.map((r) => ({
    revision: r.revision,
    madeAt: new Date(r.updatedAt).toISOString(),
    madeBy: r.submittedBy ? (names.get(r.submittedBy) ?? r.submittedBy) : null,
    late: r.updatedAt > due,
    counted: r.revision === 1,
    workedOn: r.workedOn,
    participants: r.participants,
    hours: r.hours,
    activities: r.activities,
    problemsFound: r.problemsFound,
    problemsFixed: r.problemsFixed,
    content: r.content,
    requirements: r.requirements ?? null,
    photos: 'photoIds' in r ? (r.photoIds ?? []).flatMap((id) => photos.get(id) ?? []) : null,
  }));
  const exempt = await isExemptWeek(q, report.week);
  return {
    id: report.id,
    unitId: report.unitId,
    gridId: report.gridId,
    week: report.week,
    dueAt: new Date(due).toISOString(),
    status: reportStatus({ week: report.week, now, submittedAt: report.submittedAt, exempt }),
    versions,
  };
}
