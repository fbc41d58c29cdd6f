import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const thisRoot = resolve(fileURLToPath(import.meta.url), '../../..');

export interface TempServer {
  url: string;
  stop(): Promise<void>;
}

export interface ServeTempOptions {
  /** 'temp' (default): a throw-away database; 'configured': the caller's WANGGE_DB, as `npm start` would use */
  database?: 'temp' | 'configured';
  /** the checkout whose app to run (default: this one); bench:export runs a baseline build beside it */
  root?: string;
}

/**
 * Runs `scripts/start.ts` in a child process on a free-ish port and a throw-away database (unless
 * WANGGE_DB is given in env, or the options ask for the configured one), and resolves once
 * /api/health answers.
 */
export async function serveTemp(
  env: Record<string, string | undefined> = {},
  port = 18000 + Math.floor(Math.random() * 2000),
  { database = 'temp', root = thisRoot }: ServeTempOptions = {},
): Promise<TempServer> {
  const dir = mkdtempSync(join(tmpdir(), 'wangge-serve-'));
  const db = database === 'temp' ? { WANGGE_DB: join(dir, 'wangge.db') } : {};
  const child = spawn(process.execPath, [join(thisRoot, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/start.ts')], {
    cwd: root,
    env: { ...process.env, ...db, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}) before serving:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`the app did not answer within 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}
