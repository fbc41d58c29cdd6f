import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASEMAP_PORT, BASEMAP_URL, dbFor, MAIN_NOW } from './servers.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');

const up = () =>
  fetch(`${BASEMAP_URL}/api/health`).then(
    (r) => r.ok,
    () => false,
  );

/** The app on BASEMAP_PORT on a fresh database, WANGGE_BASEMAP unset: Dafang's illustrative basemap. */
export async function startBasemapApp(): Promise<{ stop: () => Promise<void> }> {
  if (await up()) throw new Error(`port ${BASEMAP_PORT} is already serving: stop what runs there (or choose another E2E_PORT)`);
  const db = dbFor(BASEMAP_PORT);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(BASEMAP_PORT), WANGGE_DB: db, WANGGE_NOW: MAIN_NOW, WANGGE_SEED: 'dafang' };
  delete env.WANGGE_BASEMAP;
  const child = spawn(process.execPath, ['node_modules/.bin/tsx', 'scripts/start.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr.on('data', (c: Buffer) => (log += c.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const deadline = Date.now() + 120_000;
  while (!(await up())) {
    if (child.exitCode !== null) throw new Error(`the basemap app exited: ${log}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the basemap app did not start in 120 s: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
