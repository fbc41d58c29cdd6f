import { eq, min } from 'drizzle-orm';
import { DEFAULT_CLOSE_GRACE_HOURS, MAX_CLOSE_GRACE_HOURS, currentWeek } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import { badRequest } from '../http/errors.ts';
import { audit } from './audit.ts';
import { countySettings, setCountySettings, settingsCounty } from './county-settings.ts';

const CLOSE_GRACE = 'close_grace_hours';

/**
 * The deployment's first week: nothing was due before it, so earlier weeks are 未启用 (not started),
 * never 未报. Set when the dataset is loaded; a database from before this setting takes its first
 * reported week, or else the running one.
 */
export async function firstWeek(q: Q, now: number): Promise<string> {
  const stored = (await countySettings(q)).firstWeek;
  if (stored) return stored;
  const countyId = await settingsCounty(q);
  const reports = q.t.weeklyReports;
  const reported = (await first(q.db.select({ w: min(reports.week) }).from(reports).where(countyId === null ? undefined : eq(reports.countyId, countyId))))?.w;
  return reported ?? currentWeek(now);
}

export function setFirstWeek(q: Q, week: string): Promise<void> {
  return setCountySettings(q, { firstWeek: week });
}

/** Hours after the Monday deadline during which late reports are still taken; then the week closes. */
export async function closeGraceHours(q: Q): Promise<number> {
  return (await countySettings(q)).closeGraceHours ?? DEFAULT_CLOSE_GRACE_HOURS;
}

/** Admins set the grace (of the county the handle works in) for weeks not closed yet; a closed week stays closed. */
export async function setCloseGraceHours(store: Store, hours: unknown, userId: string, now: number): Promise<number> {
  if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 0 || hours > MAX_CLOSE_GRACE_HOURS) {
    throw badRequest(`closeGraceHours must be a whole number of hours from 0 to ${MAX_CLOSE_GRACE_HOURS}`, 'bad_field');
  }
  await store.tx(async (tx) => {
    const before = await closeGraceHours(tx);
    await setCountySettings(tx, { closeGraceHours: hours });
    await audit(tx, { at: now, userId, entity: 'setting', entityId: CLOSE_GRACE, action: 'set', before, after: hours });
  });
  return hours;
}
