import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
import { dafang } from '@wangge/geodata/dafang';
import { createApp } from './app.ts';
import { hashPasswordSync } from './auth/password.ts';
import type { ServerConfig } from './config.ts';
import { openStore } from './db/open-store.ts';
import type { Store } from './db/store.ts';
import { seedFromFolder } from './seed/dataset-folder.ts';
import { seedDataset } from './seed/seed-dataset.ts';
import { ReminderScheduler } from './services/jobs.ts';
import type { Outbound } from './services/outbound.ts';
import type { SmsSender } from './services/sms.ts';
import { WebhookDeliverer } from './services/webhook-delivery.ts';
import { seedDemoCity } from './seed/demo-city.ts';
import { startCluster } from './cluster.ts';
import { seedAssessmentExamples } from './seed/assessment-examples.ts';

/** Seeds Dafang or the configured county into an empty database (unless WANGGE_SEED=none). */
export async function seedConfigured(store: Store, config: ServerConfig) {
  const where = config.databaseUrl ? 'the PostgreSQL database' : config.dbFile;
  if (config.seed === 'dafang') {
    const r = await seedDataset(store, 'dafang', dafang, config.clock(), { demoPasswordHash: hashPasswordSync(config.demoPassword) });
    if (r.seeded) console.log(`seeded the Dafang dataset into ${where}`);
    if (r.seeded) await seedAssessmentExamples(store, 'dafang', config.clock());
  } else if (config.seed === 'demo-city') {
    const added = await seedDemoCity(store, config.clock(), hashPasswordSync(config.demoPassword));
    if (added.includes('dafang')) await seedAssessmentExamples(store, 'dafang', config.clock());
    if (added.length) console.log(`seeded the demo city (${added.join(', ')}; the neighbours are synthetic) into ${where}`);
  } else if (config.seed !== 'none') {
    const r = await seedFromFolder(store, config.seed.folder, config.clock());
    if (r.seeded) {
      console.log(`seeded ${r.dataset} from ${config.seed.folder} into ${where}`);
      for (const w of r.warnings) console.log(`  warning: ${w}`);
      console.log('no accounts yet: add one with npm run user -- add <name> --role admin --password <pw>');
    }
  }
}

/**
 * Opens and migrates the database, seeds it when empty, and serves; `sms` sends reminders as text
 * messages (no provider is bundled). With WANGGE_WORKERS above 1 this process becomes the primary
 * of a cluster (it migrates and seeds, then forks the workers that serve) and each worker, running
 * the same entry script, serves without seeding.
 */
export async function startServer(config: ServerConfig, { sms = null }: { sms?: SmsSender | null } = {}) {
  if (config.workers > 1 && cluster.isPrimary) return startCluster(config);
  const store = await openStore(config);
  if (cluster.isPrimary) await seedConfigured(store, config);
  const outbound: Outbound = { publicUrl: config.publicUrl, deliverer: new WebhookDeliverer(store, config.clock), sms };
  const app = createApp({ store, clock: config.clock, webDist: config.webDist, basemap: config.basemap, basemapArchive: config.basemapArchive, photoDir: config.photoDir, outbound, trustProxy: config.trustProxy, photoQuota: config.photoQuota });
  // every API process runs one; a lease in the database lets only one of them send each reminder
  const scheduler = new ReminderScheduler(store, config.clock, outbound);
  scheduler.start();
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    if (cluster.isPrimary) console.log(`wangge listening on http://localhost:${info.port}`);
  });
  const stop = () =>
    server.close(() => {
      outbound.deliverer.stop();
      void scheduler
        .stop()
        .then(() => store.close())
        .finally(() => process.exit(0));
    });
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return server;
}
