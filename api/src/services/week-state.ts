import { shanghaiDate, weekClosesAt } from '@wangge/geodata';
import type { Q } from '../db/store.ts';
import { HttpError, badRequest } from '../http/errors.ts';
import { closeGraceHours, firstWeek } from './deployment.ts';

const shanghaiTime = (ms: number) => `${shanghaiDate(ms)} ${new Date(ms + 8 * 3600_000).toISOString().slice(11, 16)}`;

/**
 * Refuses a change to a week's figures (a report, an exemption) once the week has closed — its
 * figures are frozen evidence — or for a week before the deployment began.
 */
export async function refuseUnlessOpen(q: Q, week: string, now: number): Promise<void> {
  const start = await firstWeek(q, now);
  if (week < start) throw badRequest(`week ${week} is before the first week of this deployment (${start}): nothing was due then`, 'not_started');
  const closesAt = weekClosesAt(week, await closeGraceHours(q));
  if (now >= closesAt) {
    throw new HttpError(409, 'week_closed', `week ${week} closed on ${shanghaiTime(closesAt)} (Asia/Shanghai): its figures are final and can no longer change`);
  }
}
