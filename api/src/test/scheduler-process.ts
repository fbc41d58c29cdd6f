/**
 * One API process's scheduler, for the test that races two of them on one database: opens the
 * database named in the environment, says "ready", ticks once at WANGGE_NOW when told "go" on
 * stdin, prints the runs it made as JSON and exits.
 */
import { createInterface } from 'node:readline';
import { fixedClock } from '../clock.ts';
import { openStore } from '../db/open-store.ts';
import { ReminderScheduler } from '../services/jobs.ts';
import { WebhookDeliverer } from '../services/webhook-delivery.ts';

const clock = fixedClock(process.env.WANGGE_NOW!);
const store = await openStore({ databaseUrl: process.env.WANGGE_DATABASE_URL || null, dbFile: process.env.WANGGE_DB ?? '' });
const deliverer = new WebhookDeliverer(store, clock);
const scheduler = new ReminderScheduler(store, clock, { publicUrl: null, deliverer, sms: null }, { owner: process.env.OWNER });
const lines = createInterface({ input: process.stdin });
console.log('ready');
for await (const line of lines) {
  if (line.trim() !== 'go') continue;
  const runs = await scheduler.tick();
  await deliverer.idle();
  console.log(JSON.stringify(runs.map((r) => r.job)));
  break;
}
lines.close();
await store.close();
