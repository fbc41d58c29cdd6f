import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dbFor, REMINDERS_PORT, REMINDERS_URL } from './servers.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/**
 * The app on REMINDERS_PORT with its clock fixed at `now` (WANGGE_NOW), on a database kept from
 * one start to the next: stopping it and starting it at a later moment is how a spec moves the
 * deployment's clock through a week. `fresh` starts from an empty database (Dafang is seeded).
 */
export async function startAt(now: string, { fresh = false } = {}): Promise<{ stop: () => Promise<void> }> {
  // another app answering on the port would be tested in this one's place
  const taken = await fetch(`${REMINDERS_URL}/api/health`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${REMINDERS_PORT} is already serving: stop what runs there (or choose another E2E_PORT)`);
  const db = dbFor(REMINDERS_PORT);
  if (fresh) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const child: ChildProcess = spawn(process.execPath, ['node_modules/.bin/tsx', 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(REMINDERS_PORT), WANGGE_DB: db, WANGGE_NOW: now, WANGGE_SEED: 'dafang', WANGGE_BASEMAP: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app at ${now} exited: ${log}`);
    const up = await fetch(`${REMINDERS_URL}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app at ${now} did not start in 120 s: ${log}`);
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
