/**
 * When the scheduled reminders go out, in Asia/Shanghai wall time (UTC+8, no daylight saving),
 * around the weekly calendar: units go to their grid on Friday from 16:00 and report by Monday 12:00.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
const HOUR_MS = 3600_000;

/** A time of day on some days of the week (0 = Sunday … 6 = Saturday), Shanghai time. */
export interface ReminderTime {
  days: readonly number[];
  hour: number;
  minute: number;
}

export interface ReminderJob {
  id: string;
  at: ReminderTime;
  /**
   * How long after its time a missed run is still worth making (the server was down at the time):
   * "go to your grid at 16:00" is no use the next morning, and units "still pending" are missing
   * once the deadline passed.
   */
  catchUpHours: number;
}

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6] as const;

/** The reminders the server sends by itself. */
export const REMINDER_JOBS = {
  /** Friday 15:00: "go to your grid at 16:00", to the reporters of the units holding grids that week */
  goToGrid: { id: 'go_to_grid', at: { days: [5], hour: 15, minute: 0 }, catchUpHours: 9 },
  /** Monday 09:00: the report is due at 12:00, to the units still pending */
  reportDue: { id: 'report_due', at: { days: [1], hour: 9, minute: 0 }, catchUpHours: 3 },
  /** Monday 12:00: the missing list, to leaders and inspectors (and "your report is missing" to those units) */
  missingList: { id: 'missing_list', at: { days: [1], hour: 12, minute: 0 }, catchUpHours: 24 },
  /** every day 08:00: problems past their deadline, to their owner units */
  overdueProblems: { id: 'overdue_problems', at: { days: EVERY_DAY, hour: 8, minute: 0 }, catchUpHours: 24 },
} as const satisfies Record<string, ReminderJob>;

export type ReminderJobId = (typeof REMINDER_JOBS)[keyof typeof REMINDER_JOBS]['id'];

/** The latest instant at or before `now` that falls on `at`. */
export function latestSlot(at: ReminderTime, now: number): number {
  const local = now + SHANGHAI_OFFSET_MS;
  const today = Math.floor(local / DAY_MS) * DAY_MS;
  for (let back = 0; back <= 7; back++) {
    const day = today - back * DAY_MS;
    if (!at.days.includes(new Date(day).getUTCDay())) continue;
    const slot = day + at.hour * HOUR_MS + at.minute * 60_000;
    if (slot <= local) return slot - SHANGHAI_OFFSET_MS;
  }
  throw new Error(`a reminder time needs at least one day of the week (got ${JSON.stringify(at.days)})`);
}

/** The slot a job should run for at `now`, or null when its latest slot is too old to catch up. */
export function dueSlot(job: ReminderJob, now: number): number | null {
  const slot = latestSlot(job.at, now);
  return now - slot <= job.catchUpHours * HOUR_MS ? slot : null;
}
