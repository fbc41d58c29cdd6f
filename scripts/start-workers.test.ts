import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './lib/pg-cluster-port.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');

interface Health {
  ok: boolean;
  grids: number;
  worker?: number;
}

let dir: string;
let primary: ChildProcess;
let base: string;
let output = '';
let exited: Promise<number | null>;

/** One health check; a connection the primary handed to a worker as it died may never answer, so each gives up after 5 s (until() then asks again). */
async function health(): Promise<Health> {
  const res = await fetch(`${base}/api/health`, { headers: { connection: 'close' }, signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as Health;
}

/** Worker ids seen over `tries` fresh connections (the primary hands connections round-robin). */
async function workersSeen(tries = 12): Promise<Set<number>> {
  const seen = new Set<number>();
  for (let i = 0; i < tries; i++) {
    const h = await health();
    if (h.worker !== undefined) seen.add(h.worker);
  }
  return seen;
}

/** The primary's API processes: its children running the same script (not a helper such as esbuild's service that tsx may start). */
function childPids(): number[] {
  const children = execFileSync('pgrep', ['-P', String(primary.pid)]).toString().trim().split('\n').map(Number);
  return children.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('scripts/start.ts');
    } catch {
      return false;
    }
  });
}

async function until<T>(what: string, probe: () => Promise<T | null>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const got = await probe().catch(() => null);
    if (got !== null) return got;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms; server output:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wangge-workers-'));
  mkdirSync(join(dir, 'web'));
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>wangge</title>');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  primary = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/start.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), WANGGE_WORKERS: '2', WANGGE_DB: join(dir, 'wangge.db'), WANGGE_WEB_DIST: join(dir, 'web'), WANGGE_NOW: '2026-11-23T09:00:00+08:00' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  primary.stdout!.on('data', (d) => (output += d));
  primary.stderr!.on('data', (d) => (output += d));
  exited = new Promise((r) => primary.once('exit', (code) => r(code)));
  await until('two API processes answering', async () => ((await workersSeen(4)).size === 2 ? true : null), 170_000);
}, 180_000);

afterAll(() => {
  if (primary.exitCode === null) primary.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('WANGGE_WORKERS=2', () => {
  it('seeds once and serves the same database from two processes on one port', async () => {
    expect(output.match(/seeded the Dafang dataset/g)).toHaveLength(1);
    expect(output).toContain('(2 API processes)');
    const seen = await workersSeen();
    expect([...seen].sort()).toEqual([1, 2]);
    expect((await health()).grids).toBe(30);
  });

  it('keeps a login valid whichever process answers (sessions live in the database)', async () => {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ username: 'admin', password: 'wangge-demo' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    for (let i = 0; i < 6; i++) {
      const me = await fetch(`${base}/api/me`, { headers: { cookie, connection: 'close' } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { username: string }).username).toBe('admin');
    }
  });

  it('replaces a process that dies, and keeps answering meanwhile', async () => {
    const before = output.length;
    const workerPids = childPids();
    expect(workerPids).toHaveLength(2);
    process.kill(workerPids[0]!, 'SIGKILL');
    expect((await until('an answer from the survivor', health, 10_000)).ok).toBe(true);
    await until('a replacement process', async () => (output.slice(before).includes('ended (SIGKILL); starting another') ? true : null), 30_000);
    // a replacement starts as the first workers did (tsx compiling the app): slow while other suites run
    const seen = await until(
      'two processes again',
      async () => {
        const s = await workersSeen(6);
        return s.size === 2 ? s : null;
      },
      170_000,
    );
    expect(Math.max(...seen)).toBe(3);
  }, 240_000);

  it('stops every process on SIGTERM and frees the port', async () => {
    const workerPids = childPids();
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of workerPids) expect(() => process.kill(pid, 0)).toThrow();
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
  });
});
