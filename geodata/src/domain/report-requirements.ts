import { REPORT_ACTIVITIES } from '../contract/api-types.ts';
import { weekDueAt } from './calendar.ts';

/**
 * What a weekly report must carry to count as proof that the work was done (the county sets it;
 * the API checks it on every submission and records it with the report, the web form checks the
 * same rule before sending).
 */
export interface ReportRequirements {
  /** the date worked must be given */
  workedOn: boolean;
  minParticipants: number;
  /** activities ticked from REPORT_ACTIVITIES */
  minActivities: number;
  /** characters of the summary (Unicode code points after trimming, so 20 Chinese characters are 20) */
  minContentChars: number;
  /** photos taken for this report, sent with it */
  minPhotos: number;
}

/** Photos one report may carry (each version). */
export const MAX_REPORT_PHOTOS = 9;
/** The longest summary the API stores. */
export const MAX_REPORT_CONTENT_CHARS = 5000;
const MAX_PARTICIPANTS = 1000;

/** The requirements a deployment starts with: the date, someone there, something done, a summary and a photo. */
export const DEFAULT_REPORT_REQUIREMENTS: Readonly<ReportRequirements> = Object.freeze({
  workedOn: true,
  minParticipants: 1,
  minActivities: 1,
  minContentChars: 20,
  minPhotos: 1,
});

/** The bounds of each numeric requirement: a minimum above what the API accepts would refuse every report. */
export const REPORT_REQUIREMENT_LIMITS: Readonly<Record<Exclude<keyof ReportRequirements, 'workedOn'>, number>> = Object.freeze({
  minParticipants: MAX_PARTICIPANTS,
  minActivities: REPORT_ACTIVITIES.length,
  minContentChars: MAX_REPORT_CONTENT_CHARS,
  minPhotos: MAX_REPORT_PHOTOS,
});

/** The fields of a report that a requirement can find lacking: the names the API's refusal lists. */
export const REQUIRED_REPORT_FIELDS = ['workedOn', 'participants', 'activities', 'content', 'photos'] as const;
export type RequiredReportField = (typeof REQUIRED_REPORT_FIELDS)[number];

/** One thing a report lacks. `need` and `have` are counts (characters for the summary). */
export type ReportIssue =
  | { field: 'workedOn'; problem: 'missing' }
  | { field: 'workedOn'; problem: 'invalid'; value: string }
  | { field: 'workedOn'; problem: 'outside_week'; value: string; from: string; to: string }
  | { field: 'workedOn'; problem: 'future'; value: string; today: string }
  | { field: Exclude<RequiredReportField, 'workedOn'>; problem: 'too_few'; need: number; have: number };

/** What checkReport reads of a report. */
export interface CheckedReport {
  week: string;
  workedOn: string | null;
  participants: number | null;
  activities: readonly string[] | null;
  content: string | null;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The days a report of week W can be about: its Friday to the Thursday after (YYYY-MM-DD, inclusive). */
export function reportWorkDays(week: string): { from: string; to: string } {
  const [y, m, d] = week.split('-').map(Number);
  return { from: week, to: new Date(Date.UTC(y, m - 1, d + 6)).toISOString().slice(0, 10) };
}

/**
 * A version of a report made after the week's deadline although an earlier one decided the
 * status (the first version is judged on_time or late by itself).
 */
export function revisedAfterDue(version: { week: string; revision: number; updatedAt: number }): boolean {
  return version.revision > 1 && version.updatedAt > weekDueAt(version.week);
}

/** Characters of a summary as a reader counts them: code points, not UTF-16 units or bytes. */
export function contentLength(content: string | null): number {
  return content === null ? 0 : [...content.trim()].length;
}

/**
 * Everything the report lacks under `requirements`, in form order (empty: it may be stored).
 * `today` (the Shanghai date of now) refuses a date worked in the future; a date worked outside
 * the week is refused whether or not the date is required.
 */
export function checkReport(report: CheckedReport, photoCount: number, requirements: ReportRequirements, today?: string): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const { workedOn } = report;
  if (workedOn === null || workedOn.trim() === '') {
    if (requirements.workedOn) issues.push({ field: 'workedOn', problem: 'missing' });
  } else if (!isCalendarDate(workedOn)) {
    issues.push({ field: 'workedOn', problem: 'invalid', value: workedOn });
  } else {
    const { from, to } = reportWorkDays(report.week);
    if (workedOn < from || workedOn > to) issues.push({ field: 'workedOn', problem: 'outside_week', value: workedOn, from, to });
    else if (today !== undefined && workedOn > today) issues.push({ field: 'workedOn', problem: 'future', value: workedOn, today });
  }
  const counts: [Exclude<RequiredReportField, 'workedOn'>, number, number][] = [
    ['participants', requirements.minParticipants, report.participants ?? 0],
    ['activities', requirements.minActivities, report.activities?.length ?? 0],
    ['content', requirements.minContentChars, contentLength(report.content)],
    ['photos', requirements.minPhotos, photoCount],
  ];
  for (const [field, need, have] of counts) if (have < need) issues.push({ field, problem: 'too_few', need, have });
  return issues;
}

/** The fields named by some issues, each once, in form order. */
export function missingFields(issues: readonly ReportIssue[]): RequiredReportField[] {
  return REQUIRED_REPORT_FIELDS.filter((f) => issues.some((i) => i.field === f));
}

/** One issue in English, for the API's message (the web shows its own words from the issue). */
export function describeReportIssue(issue: ReportIssue): string {
  switch (issue.problem) {
    case 'missing':
      return 'workedOn (the date worked) is missing';
    case 'invalid':
      return `workedOn "${issue.value}" is not a date (YYYY-MM-DD)`;
    case 'outside_week':
      return `workedOn ${issue.value} is outside the report's week (${issue.from} to ${issue.to})`;
    case 'future':
      return `workedOn ${issue.value} is in the future (today is ${issue.today})`;
    case 'too_few': {
      const unit = { participants: 'participant', activities: 'activity', content: 'character', photos: 'photo' }[issue.field];
      const plural = (n: number) => (n === 1 ? unit : unit === 'activity' ? 'activities' : `${unit}s`);
      return `${issue.field}: at least ${issue.need} ${plural(issue.need)} needed, ${issue.have} given`;
    }
  }
}

export type RequirementsCheck = { ok: true; requirements: ReportRequirements } | { ok: false; message: string };

/**
 * A change to the requirements (only the keys that change) applied over `current`, or why it is
 * refused: an unknown key, a wrong type, or a minimum out of its bounds.
 */
export function changeReportRequirements(current: ReportRequirements, change: Record<string, unknown>): RequirementsCheck {
  const keys = Object.keys(change);
  const known = Object.keys(DEFAULT_REPORT_REQUIREMENTS);
  if (keys.length === 0) return { ok: false, message: `send one or more of ${known.join(', ')}, e.g. { "minContentChars": 30 }` };
  const next: ReportRequirements = { ...current };
  for (const key of keys) {
    const value = change[key];
    if (key === 'workedOn') {
      if (typeof value !== 'boolean') return { ok: false, message: 'workedOn must be true or false' };
      next.workedOn = value;
    } else if (Object.hasOwn(REPORT_REQUIREMENT_LIMITS, key)) {
      const k = key as keyof typeof REPORT_REQUIREMENT_LIMITS;
      const max = REPORT_REQUIREMENT_LIMITS[k];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) return { ok: false, message: `${key} must be a whole number from 0 to ${max}` };
      next[k] = value;
    } else {
      return { ok: false, message: `"${key}" is not a report requirement (known: ${known.join(', ')})` };
    }
  }
  return { ok: true, requirements: next };
}
