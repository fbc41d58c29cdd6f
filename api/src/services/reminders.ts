import { inArray } from 'drizzle-orm';
import { NOTIFICATION_KINDS, type ReminderRequest, type ReminderResponse } from '@wangge/geodata';
import type { User } from '../auth/middleware.ts';
import type { Store } from '../db/store.ts';
import { badRequest, conflict } from '../http/errors.ts';
import { audit } from './audit.ts';
import { afterCommit, type Outbound } from './outbound.ts';
import { remindUnits } from './reminder-messages.ts';
import { unitsWithStatus } from './reminder-units.ts';

/**
 * 催报: a leader reminds units whose report for the week is still pending or missing — those
 * named, or all of them — in the app, in their groups and the county's, and the trail records it.
 * A unit that has reported (or holds no grid that week) is refused by name: reminding it would
 * be a mistake the leader should see.
 */
export async function sendReminder(store: Store, req: ReminderRequest, user: User, now: number, out: Outbound): Promise<ReminderResponse> {
  const { status, units } = await unitsWithStatus(store, req.week, now, ['missing', 'pending']);
  if (status.notStarted) throw conflict(`week ${req.week} is before the deployment's first week: nothing was due`, 'week_not_started');
  if (status.closedAt) throw conflict(`week ${req.week} closed at ${status.closedAt}: its reports are no longer taken`, 'week_closed', { closedAt: status.closedAt });
  if (status.exempt) throw conflict(`week ${req.week} is exempt (a holiday week): no report is due`, 'week_exempt');
  let chosen = units;
  if (req.unitIds) {
    const known = new Set((await store.db.select({ id: store.t.units.id }).from(store.t.units).where(inArray(store.t.units.id, req.unitIds))).map((u) => u.id));
    const unknown = req.unitIds.filter((id) => !known.has(id));
    if (unknown.length) throw badRequest(`unitIds has units that do not exist: ${unknown.join(', ')}`, 'unknown_unit', { units: unknown });
    const settled = req.unitIds.filter((id) => !units.some((u) => u.unitId === id));
    if (settled.length) throw badRequest(`these units have nothing to report for week ${req.week} (reported, or no grid that week): ${settled.join(', ')}`, 'not_outstanding', { units: settled });
    chosen = units.filter((u) => req.unitIds!.includes(u.unitId));
  }
  const by = user.displayName || user.username;
  const done = await store.tx(async (tx) => {
    const d = await remindUnits(tx, NOTIFICATION_KINDS.reportReminder, chosen, { week: req.week, by }, { now, publicUrl: out.publicUrl, dedupeKey: null, county: chosen.length > 0 });
    if (chosen.length) {
      await audit(tx, { at: now, userId: user.id, entity: 'week', entityId: req.week, action: 'remind', after: { units: chosen.map((u) => ({ unitId: u.unitId, status: u.status })), notified: d.notified, messages: d.messages } });
    }
    return d;
  });
  afterCommit(out, done);
  return {
    week: req.week,
    units: chosen.map((u) => ({ unitId: u.unitId, unitName: u.unitName, status: u.status as 'pending' | 'missing' })),
    notified: done.notified,
    messages: done.messages,
  };
}
