import cluster, { type Worker } from 'node:cluster';
import type { ServerConfig } from './config.ts';
import { openStore } from './db/open-store.ts';
import { seedConfigured } from './server.ts';

/** A worker that keeps dying this often is a broken deployment, not bad luck: stop instead of looping. */
const CRASH_WINDOW_MS = 60_000;
const MAX_CRASHES_IN_WINDOW = 5;

/**
 * The primary of WANGGE_WORKERS API processes: migrates and seeds the database once (so workers
 * never race to create the schema), then forks the workers, which share the port through
 * node:cluster. Nothing a request depends on lives in one process (sessions, the login throttle,
 * exactly-once writes and the reminder lease are in the database), so any worker may answer any
 * request. A worker that dies is replaced; SIGTERM or SIGINT stops them all and then the primary.
 */
export async function startCluster(config: ServerConfig): Promise<void> {
  const store = await openStore(config);
  await seedConfigured(store, config);
  await store.close();

  let stopping = false;
  let exitCode = 0;
  const crashes: number[] = [];
  const live = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    live.add(worker);
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      if (stopping) {
        if (live.size === 0) process.exit(exitCode);
        return;
      }
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && crashes[0]! < now - CRASH_WINDOW_MS) crashes.shift();
      console.error(`wangge: API process ${worker.id} ended (${signal ?? `exit ${code}`}); starting another`);
      if (crashes.length > MAX_CRASHES_IN_WINDOW) {
        console.error(`wangge: ${crashes.length} API processes ended within a minute; stopping`);
        stop(1);
        return;
      }
      fork();
    });
  };
  const stop = (code = 0) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    if (live.size === 0) process.exit(exitCode);
    for (const w of live) w.process.kill('SIGTERM');
  };
  process.once('SIGTERM', () => stop());
  process.once('SIGINT', () => stop());

  let listening = 0;
  cluster.on('listening', (_worker, address) => {
    listening += 1;
    if (listening === config.workers) console.log(`wangge listening on http://localhost:${address.port} (${config.workers} API processes)`);
  });
  for (let i = 0; i < config.workers; i++) fork();
}
