import { PROBLEM_CATEGORIES, PROBLEM_DEADLINE_HOURS, isProblemCategory, type ProblemCategory } from '@wangge/geodata';
import type { Q, Store } from '../db/store.ts';
import type { User } from '../auth/middleware.ts';
import { badRequest } from '../http/errors.ts';
import { audit } from './audit.ts';
import { countySettings, setCountySettings } from './county-settings.ts';

/** A month: anything longer is not a deadline the campaign would hold a unit to. */
export const MAX_DEADLINE_HOURS = 720;

export type DeadlineHours = Record<ProblemCategory, number>;

/** A county keeps only the categories it changed, over the defaults. */
async function stored(q: Q): Promise<Partial<DeadlineHours>> {
  return ((await countySettings(q)).problemDeadlines ?? {}) as Partial<DeadlineHours>;
}

/** Hours to fix each category: the defaults (geodata's PROBLEM_DEADLINE_HOURS) with the county's changes. */
export async function deadlineHours(q: Q): Promise<DeadlineHours> {
  return { ...PROBLEM_DEADLINE_HOURS, ...(await stored(q)) };
}

/**
 * Changes the hours of some categories (admins), recorded in the audit log. Problems keep the
 * deadline they were filed with: a change applies to problems filed from now on.
 */
export async function setDeadlineHours(store: Store, body: Record<string, unknown>, user: User, now: number): Promise<DeadlineHours> {
  const entries = Object.entries(body);
  if (entries.length === 0) throw badRequest(`send the hours of one or more categories, e.g. { "环境卫生": 24 }`, 'bad_field');
  for (const [category, hours] of entries) {
    if (!isProblemCategory(category)) throw badRequest(`category "${category}" is not one of ${PROBLEM_CATEGORIES.join(', ')}`, 'bad_field');
    if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 1 || hours > MAX_DEADLINE_HOURS) {
      throw badRequest(`the deadline of ${category} must be a whole number of hours from 1 to ${MAX_DEADLINE_HOURS}`, 'bad_field');
    }
  }
  await store.tx(async (tx) => {
    const before = await deadlineHours(tx);
    const next = { ...(await stored(tx)), ...Object.fromEntries(entries) };
    await setCountySettings(tx, { problemDeadlines: next });
    await audit(tx, { at: now, userId: user.id, entity: 'problem_deadlines', entityId: 'all', action: 'set', before, after: { ...before, ...next } });
  });
  return deadlineHours(store);
}
