/**
 * initdb is most of a throw-away cluster's start-up (about 3 s here, against ~0.2 s to copy its
 * result), and CREATE EXTENSION postgis most of the rest. So the first cluster on a machine
 * builds a "golden" data folder — initdb, PostGIS in template1, a clean shutdown — and every
 * cluster after copies it. It is kept beside the clusters (/dev/shm or the temp folder) under a
 * name that holds the PostgreSQL and PostGIS versions and the user, so an upgrade builds a new
 * one; delete `wangge-pg-golden-*` there to force a rebuild. WAL segments of 1 MB instead of
 * 16 keep the copy small.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './pg-cluster-port.ts';
import { defaultTempDir, run, serverFolder, SUPERUSER } from './pg-cluster-process.ts';

/** change when initdb's arguments or the golden folder's content change */
const LAYOUT = 2;
const READY = 'ready';

function versions(bin: string): string {
  const postgres = execFileSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' }).trim();
  const share = execFileSync(join(bin, 'pg_config'), ['--sharedir'], { encoding: 'utf8' }).trim();
  const control = join(share, 'extension', 'postgis.control');
  if (!existsSync(control)) throw new Error(`PostGIS is not installed for ${postgres} (no ${control}): apt-get install postgresql-15-postgis-3`);
  const postgis = /default_version\s*=\s*'([^']+)'/.exec(readFileSync(control, 'utf8'))?.[1] ?? 'unknown';
  return `${postgres} / PostGIS ${postgis} / uid ${process.getuid?.() ?? ''} / layout ${LAYOUT}`;
}

/** The golden data folder to copy, built first if there is none for these versions. */
export async function goldenData(bin: string, cacheDir = defaultTempDir()): Promise<string> {
  const about = versions(bin);
  const root = join(cacheDir, `wangge-pg-golden-${createHash('sha256').update(about).digest('hex').slice(0, 12)}`);
  if (existsSync(join(root, READY))) return join(root, 'data');
  // a folder without its mark was not made here (renaming is the last step): start again
  rmSync(root, { recursive: true, force: true });

  const build = serverFolder(bin, 'wangge-pg-golden-build-', cacheDir);
  try {
    run(join(bin, 'initdb'), ['-D', build.data, '-U', SUPERUSER, '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions', '--wal-segsize=1'], 'initdb');
    const port = await freePort();
    build.start(port);
    const c = new pg.Client({ connectionString: `postgres://${SUPERUSER}@127.0.0.1:${port}/template1` });
    await c.connect();
    try {
      await c.query('CREATE EXTENSION postgis');
    } finally {
      await c.end();
    }
    build.release();
    writeFileSync(join(build.dir, READY), `${about}\n`);
  } catch (err) {
    build.stop();
    throw err;
  }
  try {
    // atomic: a cluster never copies a half-built folder
    renameSync(build.dir, root);
  } catch {
    // another process built the same one first
    rmSync(build.dir, { recursive: true, force: true });
    if (!existsSync(join(root, READY))) throw new Error(`could not keep the golden PostgreSQL folder at ${root}`);
  }
  return join(root, 'data');
}
