import { randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, lte, or } from 'drizzle-orm';
import { REMINDER_JOBS, dueSlot, type ReminderJob } from '@wangge/geodata';
import type { Clock } from '../clock.ts';
import type { Store } from '../db/store.ts';
import { afterCommit, type Dispatch, type Outbound } from './outbound.ts';
import { JOBS } from './reminder-jobs.ts';

export interface SchedulerOptions {
  /** this scheduler's name in the lease (default: random, one per process) */
  owner?: string;
  /** how long a lease holds before another process may take the job over */
  leaseMs?: number;
  /** the machine's clock, for leases: a fixed deployment clock (WANGGE_NOW) must not keep a dead process's lease alive */
  wallClock?: () => number;
}

export interface JobRun extends Dispatch {
  job: string;
  slot: number;
}

const DEFAULT_LEASE_MS = 5 * 60_000;

/** The run lost its lease to another process (it took too long): its writes are rolled back, the other run stands. */
class LeaseLost extends Error {}

/**
 * Runs the scheduled reminders once per deployment, however many API processes call tick(). Each
 * job has a row in job_runs: the last slot it ran for, and a lease. A process takes the lease with
 * one conditional update (free or expired, and the slot not done yet), runs the job, and records
 * the slot in the same transaction as the job's writes, on condition it still holds the lease.
 * A restart catches up the latest missed slot (within the job's catch-up window) once.
 */
export class ReminderScheduler {
  readonly owner: string;
  private readonly leaseMs: number;
  private readonly wall: () => number;
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<JobRun[]> | null = null;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly outbound: Outbound,
    options: SchedulerOptions = {},
  ) {
    this.owner = options.owner ?? `scheduler-${process.pid}-${randomBytes(4).toString('hex')}`;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.wall = options.wallClock ?? Date.now;
  }

  /** Runs every job whose slot is due and not yet run; answers the runs this scheduler made. */
  async tick(now: number = this.clock()): Promise<JobRun[]> {
    const runs: JobRun[] = [];
    for (const job of Object.values(REMINDER_JOBS) as ReminderJob[]) {
      const slot = dueSlot(job, now);
      if (slot === null) continue;
      try {
        const run = await this.runOnce(job.id, slot, now);
        if (run) runs.push(run);
      } catch (err) {
        if (!(err instanceof LeaseLost)) console.error(`reminder job ${job.id} (slot ${new Date(slot).toISOString()}) failed:`, err);
      }
    }
    // messages another process queued and could not send (it stopped) go out from here
    this.outbound.deliverer.kick();
    return runs;
  }

  /** Ticks now and then every `intervalMs` (the server does; tests call tick with a clock of their own). */
  start(intervalMs = 60_000): void {
    const run = () => {
      if (this.ticking) return;
      this.ticking = this.tick().finally(() => (this.ticking = null));
    };
    run();
    this.timer = setInterval(run, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
  }

  private async claim(job: string, slot: number): Promise<boolean> {
    const wall = this.wall();
    return this.store.tx(async ({ db, t }) => {
      const r = t.jobRuns;
      await db.insert(r).values({ job }).onConflictDoNothing();
      const taken = await db
        .update(r)
        .set({ leaseOwner: this.owner, leaseUntil: wall + this.leaseMs })
        .where(and(eq(r.job, job), or(isNull(r.leaseUntil), lte(r.leaseUntil, wall)), or(isNull(r.lastSlot), lt(r.lastSlot, slot))))
        .returning({ job: r.job });
      return taken.length > 0;
    });
  }

  private async release(job: string): Promise<void> {
    const r = this.store.t.jobRuns;
    await this.store.tx(({ db }) => db.update(r).set({ leaseOwner: null, leaseUntil: null }).where(and(eq(r.job, job), eq(r.leaseOwner, this.owner))));
  }

  private async runOnce(job: string, slot: number, now: number): Promise<JobRun | null> {
    if (!(await this.claim(job, slot))) return null;
    try {
      const write = await JOBS[job as keyof typeof JOBS](this.store, { slot, now, publicUrl: this.outbound.publicUrl, dedupeKey: `${job}:${slot}` });
      const done = await this.store.tx(async (tx) => {
        const d = await write(tx);
        const r = tx.t.jobRuns;
        const recorded = await tx.db
          .update(r)
          .set({ lastSlot: slot, lastRunAt: now, lastResult: { notified: d.notified, messages: d.messages }, leaseOwner: null, leaseUntil: null })
          .where(and(eq(r.job, job), eq(r.leaseOwner, this.owner)))
          .returning({ job: r.job });
        if (recorded.length === 0) throw new LeaseLost(`job ${job} was taken over by another process`);
        return d;
      });
      afterCommit(this.outbound, done);
      return { job, slot, ...done };
    } catch (err) {
      await this.release(job).catch(() => undefined);
      throw err;
    }
  }
}
