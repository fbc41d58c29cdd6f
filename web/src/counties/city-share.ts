import type { Status } from '@wangge/geodata';

/**
 * The status colour an on-time share is drawn in, so the city reads like a county's map: 90% and
 * more on time as on_time, 60% and more as late, less as missing, nothing due as not_due.
 */
export function shareStatus(share: number | null): Extract<Status, 'on_time' | 'late' | 'missing' | 'not_due'> {
  if (share === null) return 'not_due';
  if (share >= 0.9) return 'on_time';
  if (share >= 0.6) return 'late';
  return 'missing';
}
