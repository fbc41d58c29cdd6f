import { eq } from 'drizzle-orm';
import { DEFAULT_REPORT_REQUIREMENTS, changeReportRequirements, type ReportRequirements } from '@wangge/geodata';
import type { User } from '../auth/middleware.ts';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import { badRequest } from '../http/errors.ts';
import { audit } from './audit.ts';

/**
 * What a weekly report must carry in this deployment: the defaults (geodata's
 * DEFAULT_REPORT_REQUIREMENTS) with the changes an admin made. Everything that reads or writes
 * the setting is in this file, so keeping it per county later changes this file only.
 */
const META_KEY = 'report_requirements';

async function stored({ db, t }: Q): Promise<Partial<ReportRequirements>> {
  const row = await first(db.select().from(t.meta).where(eq(t.meta.key, META_KEY)));
  return row ? (JSON.parse(row.value) as Partial<ReportRequirements>) : {};
}

/** The requirements in force. */
export async function reportRequirements(q: Q): Promise<ReportRequirements> {
  return { ...DEFAULT_REPORT_REQUIREMENTS, ...(await stored(q)) };
}

/**
 * Changes some requirements (admins), recorded in the audit log. Stored reports keep the
 * requirements they were submitted under; a change applies to submissions from now on.
 */
export async function setReportRequirements(store: Store, change: Record<string, unknown>, user: User, now: number): Promise<ReportRequirements> {
  return store.tx(async (tx) => {
    const before = await reportRequirements(tx);
    const checked = changeReportRequirements(before, change);
    if (!checked.ok) throw badRequest(checked.message, 'bad_field');
    const value = JSON.stringify({ ...(await stored(tx)), ...change });
    await tx.db.insert(tx.t.meta).values({ key: META_KEY, value }).onConflictDoUpdate({ target: tx.t.meta.key, set: { value } });
    await audit(tx, { at: now, userId: user.id, entity: 'report_requirements', entityId: 'all', action: 'set', before, after: checked.requirements });
    return checked.requirements;
  });
}
