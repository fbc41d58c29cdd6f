import { eq, min } from 'drizzle-orm';
import { DEFAULT_CLOSE_GRACE_HOURS, MAX_CLOSE_GRACE_HOURS, currentWeek } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import { badRequest } from '../http/errors.ts';
import { audit } from './audit.ts';

/** meta keys of the deployment's own settings */
const FIRST_WEEK = 'first_week';
const CLOSE_GRACE = 'close_grace_hours';

async function metaValue({ db, t }: Q, key: string): Promise<string | null> {
  return (await first(db.select({ value: t.meta.value }).from(t.meta).where(eq(t.meta.key, key))))?.value ?? null;
}

async function setMeta({ db, t }: Q, key: string, value: string): Promise<void> {
  await db.insert(t.meta).values({ key, value }).onConflictDoUpdate({ target: t.meta.key, set: { value } });
}

/**
 * The deployment's first week: nothing was due before it, so earlier weeks are 未启用 (not started),
 * never 未报. Set when the dataset is loaded; a database from before this setting takes its first
 * reported week, or else the running one.
 */
export async function firstWeek(q: Q, now: number): Promise<string> {
  const stored = await metaValue(q, FIRST_WEEK);
  if (stored) return stored;
  const reported = (await first(q.db.select({ w: min(q.t.weeklyReports.week) }).from(q.t.weeklyReports)))?.w;
  return reported ?? currentWeek(now);
}

export function setFirstWeek(q: Q, week: string): Promise<void> {
  return setMeta(q, FIRST_WEEK, week);
}

/** Hours after the Monday deadline during which late reports are still taken; then the week closes. */
export async function closeGraceHours(q: Q): Promise<number> {
  const stored = await metaValue(q, CLOSE_GRACE);
  return stored === null ? DEFAULT_CLOSE_GRACE_HOURS : Number(stored);
}

/** Admins set the grace for weeks not closed yet; a closed week stays closed. */
export async function setCloseGraceHours(store: Store, hours: unknown, userId: string, now: number): Promise<number> {
  if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 0 || hours > MAX_CLOSE_GRACE_HOURS) {
    throw badRequest(`closeGraceHours must be a whole number of hours from 0 to ${MAX_CLOSE_GRACE_HOURS}`, 'bad_field');
  }
  await store.tx(async (tx) => {
    const before = await closeGraceHours(tx);
    await setMeta(tx, CLOSE_GRACE, String(hours));
    await audit(tx, { at: now, userId, entity: 'setting', entityId: CLOSE_GRACE, action: 'set', before, after: hours });
  });
  return hours;
}
