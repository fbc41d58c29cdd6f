import type { StatusResponse } from '@wangge/geodata';

/** Where a week stands: before the deployment (未启用), still taking reports, or closed and frozen. */
export const WEEK_STATES = { notStarted: 'notStarted', open: 'open', closed: 'closed' } as const;
export type WeekState = (typeof WEEK_STATES)[keyof typeof WEEK_STATES];

/**
 * The state of the shown week: before the first week it is not started whatever else is known;
 * otherwise its status answer says (null until it has come).
 */
export function weekState(week: string, firstWeek: string | null, status: StatusResponse | null): WeekState | null {
  if (firstWeek !== null && week < firstWeek) return WEEK_STATES.notStarted;
  if (!status || status.week !== week) return null;
  if (status.notStarted) return WEEK_STATES.notStarted;
  return status.closedAt ? WEEK_STATES.closed : WEEK_STATES.open;
}
