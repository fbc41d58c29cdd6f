import type { Status } from './status.ts';

/**
 * The weekly calendar in Asia/Shanghai (UTC+8, no daylight saving). A week is named by its
 * Friday (YYYY-MM-DD); units work from Friday 16:00 and report by the following Monday 12:00.
 * All functions take instants as epoch milliseconds so callers inject their own clock.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
const WEEK_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type WeekCheck = { ok: true; week: string } | { ok: false; message: string };

/** Validates a week name: a real calendar date that is a Friday. */
export function checkWeek(value: unknown): WeekCheck {
  if (typeof value !== 'string' || value === '') return { ok: false, message: 'week is required (YYYY-MM-DD, a Friday)' };
  const m = WEEK_RE.exec(value);
  if (!m) return { ok: false, message: `week "${value}" is not a date in the form YYYY-MM-DD` };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return { ok: false, message: `week "${value}" is not a real calendar date` };
  }
  if (back.getUTCDay() !== 5) {
    const day = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][back.getUTCDay()];
    return { ok: false, message: `week "${value}" is a ${day}; weeks are named by their Friday` };
  }
  return { ok: true, week: value };
}

/** Midnight (Shanghai) of the week's Friday, as a UTC instant. */
function fridayMidnight(week: string): number {
  const [y, mo, d] = week.split('-').map(Number);
  return Date.UTC(y, mo - 1, d) - SHANGHAI_OFFSET_MS;
}

/** Friday 16:00 Asia/Shanghai: work starts, reports are accepted from here on. */
export function weekOpensAt(week: string): number {
  return fridayMidnight(week) + 16 * 3600_000;
}

/** The following Monday 12:00 Asia/Shanghai: the report deadline. */
export function weekDueAt(week: string): number {
  return fridayMidnight(week) + 3 * DAY_MS + 12 * 3600_000;
}

/** Formats the Shanghai calendar date of an instant as YYYY-MM-DD. */
export function shanghaiDate(instant: number): string {
  return new Date(instant + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Adds whole weeks to a week name. */
export function addWeeks(week: string, n: number): string {
  const [y, mo, d] = week.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d) + n * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** The week whose Friday 16:00 most recently passed (or is now). */
export function currentWeek(now: number): string {
  const local = new Date(now + SHANGHAI_OFFSET_MS);
  const daysSinceFriday = (local.getUTCDay() - 5 + 7) % 7;
  const friday = shanghaiDate(now - daysSinceFriday * DAY_MS);
  return weekOpensAt(friday) <= now ? friday : addWeeks(friday, -1);
}

/** The n weeks ending with `week`, oldest first. */
export function weeksEnding(week: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => addWeeks(week, i - n + 1));
}

export interface StatusInput {
  week: string;
  now: number;
  /** first submission instant, or null when nothing was submitted */
  submittedAt: number | null;
  exempt: boolean;
}

/** Status of one (unit, grid, week) at `now`, as the weekly calendar defines it (README, "Weekly calendar"). */
export function reportStatus({ week, now, submittedAt, exempt }: StatusInput): Status {
  if (exempt) return 'exempt';
  const due = weekDueAt(week);
  if (submittedAt !== null) return submittedAt <= due ? 'on_time' : 'late';
  if (now < weekOpensAt(week)) return 'not_due';
  return now <= due ? 'pending' : 'missing';
}
