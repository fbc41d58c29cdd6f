import { serve } from '@hono/node-server';
import { dirname, join } from 'node:path';
import { dafang } from '@wangge/geodata/dafang';
import { createApp } from './app.ts';
import { hashPasswordSync } from './auth/password.ts';
import type { ServerConfig } from './config.ts';
import { openDb } from './db/client.ts';
import { seedFromFolder } from './seed/dataset-folder.ts';
import { seedDataset } from './seed/seed-dataset.ts';

/** Migrates, seeds Dafang into an empty database (unless WANGGE_SEED=none) and serves. */
export function startServer(config: ServerConfig) {
  const db = openDb(config.dbFile);
  if (config.seed === 'dafang') {
    const r = seedDataset(db, 'dafang', dafang, config.clock(), { demoPasswordHash: hashPasswordSync(config.demoPassword) });
    if (r.seeded) console.log(`seeded the Dafang dataset into ${config.dbFile}`);
  } else if (config.seed !== 'none') {
    const r = seedFromFolder(db, config.seed.folder, config.clock());
    if (r.seeded) {
      console.log(`seeded ${r.dataset} from ${config.seed.folder} into ${config.dbFile}`);
      for (const w of r.warnings) console.log(`  warning: ${w}`);
      console.log('no accounts yet: add one with npm run user -- add <name> --role admin --password <pw>');
    }
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
