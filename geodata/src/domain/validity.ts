import { addWeeks, currentWeek, weekDueAt } from './calendar.ts';

/**
 * What is in force when. Grids, the units holding them and their people carry a period of
 * validity by week (a week's name, its Friday): from `validFrom` (inclusive; null = since the
 * deployment began) to `validTo` (exclusive; null = still in force). A week's figures are
 * computed against what was in force that week, so an edit never changes a past figure.
 */
export interface Period {
  validFrom: string | null;
  validTo: string | null;
}

export function inForceIn(p: Period, week: string): boolean {
  return (p.validFrom === null || p.validFrom <= week) && (p.validTo === null || week < p.validTo);
}

/** When a grid change takes effect: the next week (the default, so the running week keeps its layout) or the running one. */
export const EFFECTIVE = { nextWeek: 'next_week', thisWeek: 'this_week' } as const;
export type Effective = (typeof EFFECTIVE)[keyof typeof EFFECTIVE];

export function isEffective(value: unknown): value is Effective {
  return value === EFFECTIVE.nextWeek || value === EFFECTIVE.thisWeek;
}

/** The first week a change made at `now` is in force. */
export function effectiveWeek(now: number, effective: Effective = EFFECTIVE.nextWeek): string {
  const running = currentWeek(now);
  return effective === EFFECTIVE.thisWeek ? running : addWeeks(running, 1);
}

/**
 * After the deadline units may still report, late, for this long; then the week closes and its
 * figures are frozen. 72 h: closed on Thursday 12:00, before the next week opens on Friday 16:00.
 */
export const DEFAULT_CLOSE_GRACE_HOURS = 72;
/** a grace longer than a week would leave two weeks open at once */
export const MAX_CLOSE_GRACE_HOURS = 7 * 24;

export function weekClosesAt(week: string, graceHours: number = DEFAULT_CLOSE_GRACE_HOURS): number {
  return weekDueAt(week) + graceHours * 3600_000;
}
