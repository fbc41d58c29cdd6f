import { eq } from 'drizzle-orm';
import { PROBLEM_CATEGORIES, PROBLEM_DEADLINE_HOURS, isProblemCategory, type ProblemCategory } from '@wangge/geodata';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import type { User } from '../auth/middleware.ts';
import { badRequest } from '../http/errors.ts';
import { audit } from './audit.ts';

/** Where a deployment's own deadlines are kept: only the categories it changed, over the defaults. */
const META_KEY = 'problem_deadline_hours';
/** A month: anything longer is not a deadline the campaign would hold a unit to. */
export const MAX_DEADLINE_HOURS = 720;

export type DeadlineHours = Record<ProblemCategory, number>;

function stored(db: Db): Partial<DeadlineHours> {
  const row = db.select().from(t.meta).where(eq(t.meta.key, META_KEY)).get();
  return row ? (JSON.parse(row.value) as Partial<DeadlineHours>) : {};
}

/** Hours to fix each category: the defaults (geodata's PROBLEM_DEADLINE_HOURS) with this deployment's changes. */
export function deadlineHours(db: Db): DeadlineHours {
  return { ...PROBLEM_DEADLINE_HOURS, ...stored(db) };
}

/**
 * Changes the hours of some categories (admins), recorded in the audit log. Problems keep the
 * deadline they were filed with: a change applies to problems filed from now on.
 */
export function setDeadlineHours(db: Db, body: Record<string, unknown>, user: User, now: number): DeadlineHours {
  const entries = Object.entries(body);
  if (entries.length === 0) throw badRequest(`send the hours of one or more categories, e.g. { "环境卫生": 24 }`, 'bad_field');
  for (const [category, hours] of entries) {
    if (!isProblemCategory(category)) throw badRequest(`category "${category}" is not one of ${PROBLEM_CATEGORIES.join(', ')}`, 'bad_field');
    if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 1 || hours > MAX_DEADLINE_HOURS) {
      throw badRequest(`the deadline of ${category} must be a whole number of hours from 1 to ${MAX_DEADLINE_HOURS}`, 'bad_field');
    }
  }
  db.transaction((tx) => {
    const before = deadlineHours(tx as unknown as Db);
    const next = { ...stored(tx as unknown as Db), ...Object.fromEntries(entries) };
    const value = JSON.stringify(next);
    tx.insert(t.meta).values({ key: META_KEY, value }).onConflictDoUpdate({ target: t.meta.key, set: { value } }).run();
    audit(tx as unknown as Db, { at: now, userId: user.id, entity: 'problem_deadlines', entityId: 'all', action: 'set', before, after: { ...before, ...next } });
  });
  return deadlineHours(db);
}
