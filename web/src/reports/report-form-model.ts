import {
  REPORT_ACTIVITIES,
  checkReport,
  reportWorkDays,
  type ReportActivity,
  type ReportIssue,
  type ReportRequest,
  type ReportRequirements,
  type ReportResponse,
} from '@wangge/geodata';
import type { MessageKey } from '../i18n/zh.ts';

/** The label of each activity the API accepts (the values themselves are the seed document's Chinese words). */
export const ACTIVITY_LABELS: Readonly<Record<ReportActivity, MessageKey>> = {
  环境卫生: 'activity.sanitation',
  创文宣传: 'activity.publicity',
  不文明行为劝导: 'activity.persuasion',
  门前三包督促: 'activity.frontage',
  问卷调查: 'activity.survey',
  其他: 'activity.other',
};

/** The form's fields as typed: numbers stay strings until sent, so an empty box means "not given". */
export interface ReportDraft {
  workedOn: string;
  participants: string;
  hours: string;
  activities: ReportActivity[];
  problemsFound: string;
  problemsFixed: string;
  content: string;
}

const text = (n: number | null) => (n === null ? '' : String(n));
export const isActivity = (a: string): a is ReportActivity => (REPORT_ACTIVITIES as readonly string[]).includes(a);

/** The days a unit can have worked for week W: its Friday to the Thursday after, and not after today. */
export function workDays(week: string, today: string): { min: string; max: string } {
  const { from, to } = reportWorkDays(week);
  return { min: from, max: today < to ? (today < from ? from : today) : to };
}

/** The form filled from a stored report, or a fresh one dated the week's Friday (the day units go out). */
export function draftFrom(report: ReportResponse | null, week: string): ReportDraft {
  if (!report) return { workedOn: week, participants: '', hours: '', activities: [], problemsFound: '', problemsFixed: '', content: '' };
  return {
    workedOn: report.workedOn ?? week,
    participants: text(report.participants),
    hours: text(report.hours),
    activities: (report.activities ?? []).filter(isActivity),
    problemsFound: text(report.problemsFound),
    problemsFixed: text(report.problemsFixed),
    content: report.content ?? '',
  };
}

const num = (s: string): number | undefined => {
  const v = s.trim() === '' ? NaN : Number(s);
  return Number.isFinite(v) ? v : undefined;
};

/**
 * What the draft still lacks under the county's requirements, by the same rule the API applies
 * (geodata's checkReport): `photoCount` counts the photos kept and added.
 */
export function draftIssues(draft: ReportDraft, week: string, photoCount: number, requirements: ReportRequirements, today: string): ReportIssue[] {
  const content = draft.content.trim();
  return checkReport(
    { week, workedOn: draft.workedOn || null, participants: num(draft.participants) ?? null, activities: draft.activities, content: content || null },
    photoCount,
    requirements,
    today,
  );
}

/**
 * The request body for a draft, or the reason it cannot be sent. An edit carries the revision it
 * started from so the server can refuse it (409) when someone else saved in between, and the
 * stored photos it leaves out.
 */
export function payloadOf(
  draft: ReportDraft,
  target: { gridId: string; week: string; revision?: number; removePhotos?: readonly string[] },
): { ok: true; body: ReportRequest } | { ok: false; error: MessageKey } {
  const found = num(draft.problemsFound);
  const fixed = num(draft.problemsFixed);
  if (found !== undefined && fixed !== undefined && fixed > found) return { ok: false, error: 'form.fixedOverFound' };
  const body: ReportRequest = {
    gridId: target.gridId,
    week: target.week,
    ...(target.revision !== undefined && { revision: target.revision }),
    ...(target.removePhotos?.length && { removePhotos: [...target.removePhotos] }),
    ...(draft.workedOn && { workedOn: draft.workedOn }),
    participants: num(draft.participants),
    hours: num(draft.hours),
    // in the API's order, whatever order they were ticked in
    activities: REPORT_ACTIVITIES.filter((a) => draft.activities.includes(a)),
    problemsFound: found,
    problemsFixed: fixed,
    ...(draft.content.trim() && { content: draft.content.trim() }),
  };
  for (const key of Object.keys(body) as (keyof ReportRequest)[]) if (body[key] === undefined) delete body[key];
  return { ok: true, body };
}

export function toggleActivity(list: readonly ReportActivity[], activity: ReportActivity): ReportActivity[] {
  return list.includes(activity) ? list.filter((a) => a !== activity) : [...list, activity];
}
