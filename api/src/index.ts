export { createApp } from './app.ts';
export { openStore } from './db/open-store.ts';
export { openSqliteStore } from './db/sqlite-store.ts';
export { openPgStore } from './db/pg-store.ts';
export type { Store, Q } from './db/store.ts';
export { fixedClock, systemClock, clockFromEnv, type Clock } from './clock.ts';
export { configFromEnv, type ServerConfig } from './config.ts';
export { seedDataset } from './seed/seed-dataset.ts';
export { startServer } from './server.ts';
