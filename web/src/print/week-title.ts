import { weekDueAt, weekOpensAt } from '@wangge/geodata';
import type { PrintT } from './i18n/index.ts';
import type { PrintKind } from './print-params.ts';

const DAY_MS = 86_400_000;

/**
 * The week's number N in "第 N 周": the ISO 8601 week of its Friday (weeks start on Monday; week 1
 * holds the year's first Thursday). A Friday always lies in the same ISO week as the Thursday
 * before it, so the number and its year are those of that Thursday.
 */
export function isoWeekOfFriday(week: string): { year: number; n: number } {
  const [y, m, d] = week.split('-').map(Number);
  const thursday = new Date(Date.UTC(y, m - 1, d) - DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan4 = Date.UTC(year, 0, 4);
  const week1Monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  return { year, n: Math.floor((thursday.getTime() - week1Monday) / (7 * DAY_MS)) + 1 };
}

/** `round`: the name of the round an assessment sheet draws. */
export function defaultTitle(t: PrintT, kind: PrintKind, week: string, county: string, round = ''): string {
  return t(`title.${kind}`, { county, n: isoWeekOfFriday(week).n, round });
}

/** "2026 年第 47 周：11月20日周五 16:00 至 11月23日周一 12:00（报送截止）" */
export function weekSubtitle(t: PrintT, week: string, locale: string): string {
  const f = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Shanghai' });
  const { year, n } = isoWeekOfFriday(week);
  return t('subtitle.week', { year, n, from: f.format(weekOpensAt(week)), due: f.format(weekDueAt(week)) });
}

/** The data's date and time (the server clock), e.g. "2026年11月25日 10:00". */
export function formatDataTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}

/**
 * The footer's data line. A closed week's status map shows its figures as frozen at closing, so the
 * same week prints the same sheet whenever it is printed; everything else is as of the server clock.
 */
export function dataTimeLine(t: PrintT, locale: string, now: string, closedAt: string | null): string {
  return closedAt ? t('footer.frozenAt', { time: formatDataTime(closedAt, locale) }) : t('footer.dataTime', { time: formatDataTime(now, locale) });
}
