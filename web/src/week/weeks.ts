import { addWeeks, weekDueAt, weeksEnding, weekOpensAt } from '@wangge/geodata';

/** How far back the week picker's list reaches; the arrows can go further. */
export const RECENT_WEEKS = 12;

/**
 * The weeks the picker lists, newest first; the shown week is always among them. None before the
 * deployment's first week: nothing was due then, so there is nothing to look at.
 */
export function pickerWeeks(currentWeek: string, shownWeek: string, count = RECENT_WEEKS, firstWeek: string | null = null): string[] {
  const weeks = weeksEnding(currentWeek, count)
    .reverse()
    .filter((w) => firstWeek === null || w >= firstWeek);
  if (!weeks.includes(shownWeek) && (firstWeek === null || shownWeek >= firstWeek)) weeks.push(shownWeek);
  return weeks;
}

export function previousWeek(week: string): string {
  return addWeeks(week, -1);
}

/** The week before, or null when that would be before the deployment's first week. */
export function earlierWeek(week: string, firstWeek: string | null): string | null {
  const prev = addWeeks(week, -1);
  return firstWeek === null || prev >= firstWeek ? prev : null;
}

/** The next week, or null when that would pass the current one (no reports exist yet). */
export function nextWeek(week: string, currentWeek: string): string | null {
  const next = addWeeks(week, 1);
  return next <= currentWeek ? next : null;
}

const SHANGHAI = 'Asia/Shanghai';

/** A week's Friday as a short local date, e.g. "11月20日" or "20 Nov". */
export function formatWeekDate(week: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: SHANGHAI }).format(weekOpensAt(week));
}

/** A week's Friday as a compact numeric date for tight spaces, e.g. "11/20" or "20/11". */
export function formatWeekShort(week: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', timeZone: SHANGHAI }).format(weekOpensAt(week));
}

/** When work opens and when the report is due, as local day, date and time. */
export function formatWeekWindow(week: string, locale: string): { from: string; due: string } {
  const f = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: SHANGHAI,
  });
  return { from: f.format(weekOpensAt(week)), due: f.format(weekDueAt(week)) };
}

/** An instant as a short local date and time in Shanghai, for "submitted at". */
export function formatInstant(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: SHANGHAI,
  }).format(new Date(iso));
}
