import type { PhotoInfo, ProblemEventInfo } from '@wangge/geodata';

/**
 * Each photo goes with the step it was sent with (its `eventId`), one list per event, in event
 * order. A photo whose step is not among the events (none should be: the server links every
 * problem photo) goes with the filing, so it is still shown.
 */
export function photosByEvent(events: readonly ProblemEventInfo[], photos: readonly PhotoInfo[]): PhotoInfo[][] {
  const groups: PhotoInfo[][] = events.map(() => []);
  if (events.length === 0) return groups;
  const index = new Map(events.map((e, i) => [e.id, i]));
  for (const photo of photos) groups[(photo.eventId === null ? undefined : index.get(photo.eventId)) ?? 0].push(photo);
  return groups;
}

/**
 * Before and after: the filing's photos show the problem, the 已整改 step's show the fix (after a
 * 退回 the latest fix is the one that counts; earlier ones stay in the history).
 */
export function photoPhases(events: readonly ProblemEventInfo[], photos: readonly PhotoInfo[]): { before: PhotoInfo[]; after: PhotoInfo[] } {
  const groups = photosByEvent(events, photos);
  const fileAt = events.findIndex((e) => e.action === 'file');
  const fixAt = events.findLastIndex((e) => e.action === 'fix');
  return { before: fileAt >= 0 ? groups[fileAt] : [], after: fixAt >= 0 ? groups[fixAt] : [] };
}
