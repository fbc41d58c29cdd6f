import { and, asc, inArray, isNotNull, lt } from 'drizzle-orm';
import { NOTIFICATION_KINDS, OPEN_PROBLEM_STATUSES, REMINDER_JOBS, currentWeek, shanghaiDate, weekDueAt, type ReminderJobId } from '@wangge/geodata';
import { ofCounty } from '../db/county-scope.ts';
import type { Q, Store } from '../db/store.ts';
import { countyById } from './counties.ts';
import { firstWeek } from './deployment.ts';
import { accountsWithRoles, notifyUsers, unitReporters } from './notifications.ts';
import { NOTHING, type Dispatch } from './outbound.ts';
import { countyMessage, missingListNotice, remindUnits } from './reminder-messages.ts';
import { perCounty } from './per-county.ts';
import { unitsWithStatus } from './reminder-units.ts';
import { queueForCounty, queueForUnits } from './webhooks.ts';
import type { GroupMessage } from './webhook-format.ts';

const HOUR = 3600_000;

export interface JobContext {
  /** the slot this run is for (its scheduled instant) */
  slot: number;
  /** the deployment's clock at the run: the slot, or later when a missed slot is caught up */
  now: number;
  publicUrl: string | null;
  /** what makes this run's notices one of a kind per recipient */
  dedupeKey: string;
}

/**
 * A job reads what it needs first, then answers the writes to make in the run's transaction (the
 * one that also records the slot as done), so a run is all or nothing.
 */
export type Job = (store: Store, ctx: JobContext) => Promise<(tx: Q) => Promise<Dispatch>>;

const nothing = async () => NOTHING;

/** A week the reminders are about: not one before the deployment's first week (nothing was due then). */
async function weekInPlay(store: Store, week: string, now: number): Promise<boolean> {
  return week >= (await firstWeek(store, now));
}

/** Friday 15:00: every unit holding a grid that week goes to it from 16:00. */
const goToGrid: Job = async (store, ctx) => {
  const week = shanghaiDate(ctx.slot);
  if (!(await weekInPlay(store, week, ctx.now))) return nothing;
  // before Friday 16:00 every held grid is not_due: that is the list of who goes where
  const { status, units } = await unitsWithStatus(store, week, ctx.now, ['not_due', 'pending']);
  if (status.exempt) return nothing;
  return (tx) => remindUnits(tx, NOTIFICATION_KINDS.goToGrid, units, { week }, { now: ctx.now, publicUrl: ctx.publicUrl, dedupeKey: ctx.dedupeKey, county: true });
};

/** Monday 09:00: units still pending, with the hours left before 12:00. */
const reportDue: Job = async (store, ctx) => {
  const week = currentWeek(ctx.slot);
  // caught up late, at the deadline itself: "due in 0 hours" helps nobody, and 12:00 says missing
  if (ctx.now >= weekDueAt(week) || !(await weekInPlay(store, week, ctx.now))) return nothing;
  const { status, units } = await unitsWithStatus(store, week, ctx.now, ['pending']);
  if (status.exempt || status.closedAt) return nothing;
  const hours = Math.ceil((weekDueAt(week) - ctx.now) / HOUR);
  return (tx) => remindUnits(tx, NOTIFICATION_KINDS.reportDue, units, { week, hours }, { now: ctx.now, publicUrl: ctx.publicUrl, dedupeKey: ctx.dedupeKey, county: true });
};

/**
 * Monday 12:00: units missing are told so; the county's leaders and inspectors (and the city-wide
 * ones, once per county, the county named) get the list, and so does the county's group.
 */
const missingList: Job = async (store, ctx) => {
  const week = currentWeek(ctx.slot);
  if (!(await weekInPlay(store, week, ctx.now))) return nothing;
  // at 12:00:00 itself a report is still on time: the list is of those with none once it has passed
  const at = Math.max(ctx.now, weekDueAt(week) + 1);
  const { status, units } = await unitsWithStatus(store, week, at, ['missing']);
  if (status.exempt || units.length === 0) return nothing;
  return async (tx) => {
    const toUnits = await remindUnits(tx, NOTIFICATION_KINDS.reportMissing, units, { week }, { now: ctx.now, publicUrl: ctx.publicUrl, dedupeKey: ctx.dedupeKey, county: false });
    const staff = await accountsWithRoles(tx, ['leader', 'inspector']);
    const county = tx.countyId === undefined ? null : await countyById(tx, tx.countyId);
    const notified = await notifyUsers(tx, staff, missingListNotice(week, units, county), ctx.now, ctx.dedupeKey);
    const messages = await queueForCounty(tx, countyMessage(NOTIFICATION_KINDS.missingList, units, { week }), ctx.publicUrl, ctx.now);
    return { notified: toUnits.notified + notified, messages: toUnits.messages + messages, sms: toUnits.sms };
  };
};

/** Every day 08:00: each owner unit hears how many of its problems are past their deadline, the most overdue named. */
const overdueProblems: Job = async (store, ctx) => {
  const p = store.t.problems;
  const rows = await store.db
    .select({ id: p.id, category: p.category, description: p.description, dueAt: p.dueAt, ownerUnitId: p.ownerUnitId })
    .from(p)
    .where(and(inArray(p.status, [...OPEN_PROBLEM_STATUSES]), isNotNull(p.ownerUnitId), lt(p.dueAt, ctx.now), ofCounty(store, p.countyId)))
    .orderBy(asc(p.dueAt), asc(p.id));
  if (rows.length === 0) return nothing;
  const byUnit = new Map<string, typeof rows>();
  for (const r of rows) byUnit.set(r.ownerUnitId!, [...(byUnit.get(r.ownerUnitId!) ?? []), r]);
  return async (tx) => {
    const reporters = await unitReporters(tx, [...byUnit.keys()]);
    const messages = new Map<string, GroupMessage>();
    let notified = 0;
    for (const [unitId, list] of byUnit) {
      const oldest = list[0];
      const params = { count: list.length, problemId: oldest.id, category: oldest.category };
      notified += await notifyUsers(tx, reporters.get(unitId) ?? [], { kind: NOTIFICATION_KINDS.problemsOverdue, params, link: { problem: oldest.id } }, ctx.now, ctx.dedupeKey);
      messages.set(unitId, {
        event: NOTIFICATION_KINDS.problemsOverdue,
        title: `${list.length} 个问题已超过整改期限`,
        lines: list.map((r) => `· ${r.category}：${r.description.slice(0, 40)}（${r.id}，期限 ${new Date(r.dueAt! + 8 * HOUR).toISOString().slice(5, 16).replace('T', ' ')}）`),
        path: `/?problem=${oldest.id}`,
        data: { unitId, problems: list.map((r) => ({ id: r.id, category: r.category, dueAt: new Date(r.dueAt!).toISOString() })) },
      });
    }
    return { notified, messages: await queueForUnits(tx, messages, ctx.publicUrl, ctx.now), sms: [] };
  };
};

/** Each scheduled job by its id, with its time (geodata's REMINDER_JOBS), run for every county. */
export const JOBS: Readonly<Record<ReminderJobId, Job>> = {
  [REMINDER_JOBS.goToGrid.id]: perCounty(goToGrid),
  [REMINDER_JOBS.reportDue.id]: perCounty(reportDue),
  [REMINDER_JOBS.missingList.id]: perCounty(missingList),
  [REMINDER_JOBS.overdueProblems.id]: perCounty(overdueProblems),
};
