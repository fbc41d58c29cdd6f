/**
 * Running PostgreSQL's own programs for a throw-away cluster, and making sure no server outlives
 * the Node process that started it, however that process ends:
 *  - `stop()`, called by the test teardown;
 *  - the process's exit (normal end, an uncaught error, Ctrl-C or SIGTERM with nobody else
 *    listening): an exit hook stops every server still running, synchronously;
 *  - the process killed outright (SIGKILL, the OOM killer): a watchdog started beside the server
 *    polls the process once a second and, once it is gone, stops the server and deletes its
 *    folder. The watchdog ends by itself when the folder is gone.
 * Left-overs can still be found by hand: `ps -C postgres -o pid,args | grep wangge-pg-`.
 *
 * initdb refuses to run as root, so as root every program runs as the `postgres` user
 * (`runuser -u postgres`) in a folder it owns; as anyone else, as that user.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { accessSync, chownSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEFAULT_PG_BIN = '/usr/lib/postgresql/15/bin';
export const SUPERUSER = 'postgres';
const INSTALL = 'apt-get install postgresql-15 postgresql-15-postgis-3';

/** PostgreSQL 15's programs: WANGGE_PG_BIN, else Debian's postgresql-15 */
export function pgBin(bin = process.env.WANGGE_PG_BIN || DEFAULT_PG_BIN): string {
  for (const program of ['initdb', 'pg_ctl', 'postgres', 'pg_config']) {
    if (!existsSync(join(bin, program))) throw new Error(`PostgreSQL 15 is not installed in ${bin} (no ${program}): ${INSTALL}, or set WANGGE_PG_BIN to its bin folder`);
  }
  return bin;
}

export const isRoot = (): boolean => process.getuid?.() === 0;

/** /dev/shm is used only with this much room: a container's default of 64 MB would not hold a cluster */
const SHM_MIN_FREE = 2 * 1024 ** 3;

/**
 * Where clusters live: WANGGE_PG_TMP, else /dev/shm when it is a roomy RAM disk (durability is off
 * anyway, and the disk is shared with everything else a test run writes), else the OS temp folder.
 */
export function defaultTempDir(): string {
  if (process.env.WANGGE_PG_TMP) return process.env.WANGGE_PG_TMP;
  try {
    accessSync('/dev/shm', constants.W_OK | constants.X_OK);
    const fs = statfsSync('/dev/shm');
    if (fs.bavail * fs.bsize >= SHM_MIN_FREE) return '/dev/shm';
  } catch {
    // no /dev/shm: the temp folder
  }
  return tmpdir();
}

/** argv that runs `program` as the user the server runs as */
export function asServerUser(program: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', SUPERUSER, '--', program, ...args]] : [program, args];
}

export function run(program: string, args: string[], what: string): void {
  const [cmd, argv] = asServerUser(program, args);
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${what} failed (${[cmd, ...argv].join(' ')}): ${(r.stderr || r.stdout || String(r.error ?? '')).trim()}`);
}

const running = new Set<() => void>();
let hooked = false;

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const stop of [...running]) stop();
  });
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const signal of Object.keys(codes) as (keyof typeof codes)[]) {
    // Node's default for these signals ends the process without 'exit' hooks; when nobody else
    // handles the signal, exit instead so the hook runs
    process.once(signal, () => {
      if (process.listenerCount(signal) === 0) process.exit(codes[signal]);
    });
  }
}

function startWatchdog(bin: string, dir: string): void {
  const [cmd, argv] = asServerUser('"$1/pg_ctl"', ['-D', '"$2/data"', 'stop', '-m', 'immediate']);
  const script = `while [ -d "$2" ] && kill -0 "$3" 2>/dev/null; do sleep 1; done; if [ -d "$2" ]; then ${[cmd, ...argv].join(' ')} >/dev/null 2>&1; rm -rf "$2"; fi`;
  spawn('/bin/sh', ['-c', script, 'wangge-pg-watchdog', bin, dir, String(process.pid)], { detached: true, stdio: 'ignore' }).unref();
}

/** One server's folder: data/, server.log and the Unix socket, owned by the server's user. */
export interface ServerFolder {
  readonly dir: string;
  readonly data: string;
  /** pg_ctl start on 127.0.0.1:port with durability off; throws with the log's last lines */
  start(port: number): void;
  /** ends the server (immediate shutdown) if it runs and deletes the folder; safe to call twice */
  stop(): void;
  /**
   * A clean shutdown that keeps the folder for the caller to move elsewhere; the watchdog still
   * deletes it when this process ends unless it has been moved.
   */
  release(): void;
}

export function serverFolder(bin: string, prefix: string, parent = defaultTempDir()): ServerFolder {
  // the folder goes into pg_ctl's option string and the watchdog's shell line unquoted
  if (/[\s'"\\$`]/.test(parent)) throw new Error(`the folder for PostgreSQL clusters must have no spaces or quotes in its path (got "${parent}"): set WANGGE_PG_TMP`);
  const dir = mkdtempSync(join(parent, prefix));
  if (isRoot()) {
    const [uid, gid] = ['-u', '-g'].map((f) => Number(execFileSync('id', [f, SUPERUSER], { encoding: 'utf8' }).trim()));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const pgCtl = (args: string[]) => {
    const [cmd, argv] = asServerUser(join(bin, 'pg_ctl'), ['-D', data, ...args]);
    return spawnSync(cmd, argv, { encoding: 'utf8' });
  };
  let done = false;
  const stop = () => {
    if (done) return;
    done = true;
    running.delete(stop);
    if (existsSync(join(data, 'postmaster.pid'))) pgCtl(['stop', '-m', 'immediate', '-w']);
    rmSync(dir, { recursive: true, force: true });
  };
  hookExit();
  running.add(stop);
  startWatchdog(bin, dir);
  return {
    dir,
    data,
    start(port) {
      // fsync, synchronous commit and full-page writes off: a crash loses a test run, never data
      // anyone keeps. Dynamic shared memory in the data folder (mmap) rather than /dev/shm, where
      // an immediate shutdown would leave its segments behind.
      const settings = [
        `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir}`,
        '-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c dynamic_shared_memory_type=mmap',
      ].join(' ');
      const r = pgCtl(['-l', log, '-w', '-t', '60', '-o', settings, 'start']);
      if (r.status !== 0) {
        const tail = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-5).join('\n') : '';
        throw new Error(`pg_ctl start failed on port ${port}: ${(r.stderr || r.stdout).trim()}\n${tail}`);
      }
    },
    stop,
    release() {
      if (done) return;
      const r = existsSync(join(data, 'postmaster.pid')) ? pgCtl(['stop', '-m', 'fast', '-w']) : null;
      if (r && r.status !== 0) {
        stop();
        throw new Error(`pg_ctl stop failed for ${data}: ${(r.stderr || r.stdout).trim()}`);
      }
      done = true;
      running.delete(stop);
    },
  };
}
