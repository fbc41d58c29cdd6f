import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Kit } from './kit.ts';

/** A table whose rows others point at by `id`. */
type Referenced = { id: AnySQLiteColumn };

/**
 * Notifications in the app, scheduled jobs and group messages out. Written in the same column
 * vocabulary as tables.ts, which adds them to the domain model.
 */
export function defineNotificationTables(k: Kit, { users, units }: { users: Referenced; units: Referenced }) {
  const userId = () => users.id;
  const unitId = () => units.id;

  /** One notification to one account; the web words it from `kind` and `params` in the user's language. */
  const notifications = k.table(
    'notifications',
    {
      id: k.serial('id'),
      userId: k.text('user_id').notNull().references(userId, { onDelete: 'cascade' }),
      kind: k.text('kind').notNull(),
      params: k.json('params').notNull().$type<Record<string, string | number>>(),
      /** { view?, week?, problem? }: where it leads in the app */
      link: k.json('link').$type<{ view?: 'reports' | 'overdue'; week?: string; problem?: string }>(),
      createdAt: k.ms('created_at').notNull(),
      readAt: k.ms('read_at'),
      /**
       * what makes a scheduled reminder one of a kind for its recipient (the job and its slot): a
       * second run of the same slot, by another process or after a restart, stores nothing new
       */
      dedupeKey: k.text('dedupe_key'),
    },
    (t) => [k.index('notifications_user_idx').on(t.userId, t.createdAt), k.uniqueIndex('notifications_user_dedupe').on(t.userId, t.dedupeKey)],
  );

  /**
   * A scheduled job's state, shared by every API process: the last slot it ran for (so a restart
   * neither skips nor repeats one) and the lease of the process running it now. Leases expire on
   * the machine's clock, so a process that died does not hold a job for ever.
   */
  const jobRuns = k.table('job_runs', {
    job: k.text('job').primaryKey(),
    lastSlot: k.ms('last_slot'),
    lastRunAt: k.ms('last_run_at'),
    /** what the last run did: { notified, messages } */
    lastResult: k.json('last_result'),
    leaseOwner: k.text('lease_owner'),
    leaseUntil: k.ms('lease_until'),
  });

  /** A group robot (企业微信 / 钉钉 / JSON): a unit's gets its reminders, one without a unit the county's lists. */
  const webhooks = k.table('webhooks', {
    id: k.text('id').primaryKey(),
    name: k.text('name'),
    url: k.text('url').notNull(),
    kind: k.text('kind').notNull(),
    unitId: k.text('unit_id').references(unitId, { onDelete: 'cascade' }),
    countyId: k.text('county_id'),
    /** 钉钉 加签 secret */
    secret: k.text('secret'),
    createdAt: k.ms('created_at').notNull(),
    createdBy: k.text('created_by'),
  });

  /**
   * The outbox and delivery log: a message is queued in the transaction that makes it, and sent
   * in the background. `notBefore` is on the machine's clock (retry back-off and a sender's claim
   * run in real seconds even when the deployment's clock is fixed).
   */
  const webhookDeliveries = k.table(
    'webhook_deliveries',
    {
      id: k.serial('id'),
      webhookId: k.text('webhook_id').notNull().references(() => webhooks.id, { onDelete: 'cascade' }),
      event: k.text('event').notNull(),
      body: k.json('body').notNull(),
      /** pending, sending (claimed by a sender until notBefore), sent or failed */
      status: k.text('status').notNull(),
      attempts: k.int('attempts').notNull().default(0),
      notBefore: k.ms('not_before').notNull(),
      httpStatus: k.int('http_status'),
      error: k.text('error'),
      createdAt: k.ms('created_at').notNull(),
      sentAt: k.ms('sent_at'),
    },
    (t) => [k.index('webhook_deliveries_due_idx').on(t.status, t.notBefore), k.index('webhook_deliveries_webhook_idx').on(t.webhookId, t.id)],
  );

  return { notifications, jobRuns, webhooks, webhookDeliveries };
}
