import { serve } from '@hono/node-server';
import { dirname, join } from 'node:path';
import { dafang } from '@wangge/geodata/dafang';
import { createApp } from './app.ts';
import { hashPasswordSync } from './auth/password.ts';
import type { ServerConfig } from './config.ts';
import { openDb } from './db/client.ts';
import { seedDataset } from './seed/seed-dataset.ts';

/** Migrates, seeds Dafang into an empty database (unless WANGGE_SEED=none) and serves. */
export function startServer(config: ServerConfig) {
  const db = openDb(config.dbFile);
  if (config.seed === 'dafang') {
    const r = seedDataset(db, 'dafang', dafang, config.clock(), { demoPasswordHash: hashPasswordSync(config.demoPassword) });
    if (r.seeded) console.log(`seeded the Dafang dataset into ${config.dbFile}`);
  }
  const app = createApp({ db, clock: config.clock, webDist: config.webDist, basemap: config.basemap, photoDir: join(dirname(config.dbFile), 'photos') });
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    console.log(`wangge listening on http://localhost:${info.port}`);
  });
  const stop = () => server.close(() => {
    db.$client.close();
    process.exit(0);
  });
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return server;
}
