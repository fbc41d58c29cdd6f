/** Whole hours and minutes from `now` until `due`, or null once it has passed. */
export function countdown(due: number, now: number): { hours: number; minutes: number } | null {
  if (now >= due) return null;
  const minutes = Math.floor((due - now) / 60_000);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** The change of an on-time share in percentage points, one decimal; null when either is unknown. */
export function pointsChange(thisWeek: number | null, lastWeek: number | null): number | null {
  if (thisWeek === null || lastWeek === null) return null;
  return Math.round((thisWeek - lastWeek) * 1000) / 10;
}
