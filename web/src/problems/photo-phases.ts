import type { PhotoInfo, ProblemEventInfo } from '@wangge/geodata';

/**
 * Each photo goes with the last workflow event at or before its upload time: photos are sent right
 * after the step they document (filing, then fixing), so a tie means "this step's photo".
 * Returns one list per event, in event order.
 */
export function photosByEvent(events: readonly ProblemEventInfo[], photos: readonly PhotoInfo[]): PhotoInfo[][] {
  const groups: PhotoInfo[][] = events.map(() => []);
  if (events.length === 0) return groups;
  const times = events.map((e) => Date.parse(e.at));
  for (const photo of photos) {
    const t = Date.parse(photo.createdAt);
    let owner = 0;
    for (let i = 0; i < times.length; i++) if (times[i] <= t) owner = i;
    groups[owner].push(photo);
  }
  return groups;
}

/** Before and after the fix: photos up to the last "fix" step are "before", from it on "after" (after a return, the fix that counts is the latest). */
export function photoPhases(events: readonly ProblemEventInfo[], photos: readonly PhotoInfo[]): { before: PhotoInfo[]; after: PhotoInfo[] } {
  const groups = photosByEvent(events, photos);
  const fixAt = events.findLastIndex((e) => e.action === 'fix');
  const before: PhotoInfo[] = [];
  const after: PhotoInfo[] = [];
  groups.forEach((group, i) => (fixAt >= 0 && i >= fixAt ? after : before).push(...group));
  return { before, after };
}
