export { createApp } from './app.ts';
export { openDb, type Db } from './db/client.ts';
export { fixedClock, systemClock, clockFromEnv, type Clock } from './clock.ts';
export { configFromEnv, type ServerConfig } from './config.ts';
export { seedDataset } from './seed/seed-dataset.ts';
export { startServer } from './server.ts';
