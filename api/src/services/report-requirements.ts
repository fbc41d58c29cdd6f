import { DEFAULT_REPORT_REQUIREMENTS, changeReportRequirements, type ReportRequirements } from '@wangge/geodata';
import type { User } from '../auth/middleware.ts';
import type { Q, Store } from '../db/store.ts';
import { badRequest } from '../http/errors.ts';
import { audit } from './audit.ts';
import { countySettings, setCountySettings } from './county-settings.ts';

/**
 * What a weekly report must carry in a county: the defaults (geodata's
 * DEFAULT_REPORT_REQUIREMENTS) with the changes its admin made.
 */
async function stored(q: Q): Promise<Partial<ReportRequirements>> {
  return (await countySettings(q)).reportRequirements ?? {};
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
    await setCountySettings(tx, { reportRequirements: { ...(await stored(tx)), ...change } as ReportRequirements });
    await audit(tx, { at: now, userId: user.id, entity: 'report_requirements', entityId: 'all', action: 'set', before, after: checked.requirements });
    return checked.requirements;
  });
}
