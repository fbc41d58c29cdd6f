/**
 * A throw-away PostgreSQL 15 + PostGIS cluster for tests and benchmarks: a new temp folder, a
 * free port on 127.0.0.1, trust authentication for local connections, durability off, and one
 * database with PostGIS (PostGIS is in template1 too, so every database created later has it).
 * `stop()` ends the server and deletes the folder; a run that ends without calling it still
 * stops its servers (pg-cluster-process.ts says how). Nothing assumes a server already running.
 *
 *   const cluster = await startPgCluster();     // ~1 s once the golden folder exists
 *   … cluster.url …                              // postgres://postgres@127.0.0.1:PORT/wangge
 *   await cluster.stop();
 *
 * PostgreSQL's programs are looked for in WANGGE_PG_BIN, else /usr/lib/postgresql/15/bin
 * (Debian's postgresql-15; PostGIS is postgresql-15-postgis-3). As root, they run as the
 * `postgres` user; as anyone else, as that user.
 */
import pg from 'pg';
import { goldenData } from './pg-cluster-golden.ts';
import { freePort } from './pg-cluster-port.ts';
import { pgBin, run, serverFolder, SUPERUSER } from './pg-cluster-process.ts';

export { DEFAULT_PG_BIN, defaultTempDir, pgBin } from './pg-cluster-process.ts';
export { freePort } from './pg-cluster-port.ts';

export interface PgCluster {
  /** postgres://postgres@127.0.0.1:PORT/<database>, PostGIS installed */
  readonly url: string;
  readonly port: number;
  /** the temp folder: data/, server.log, the Unix socket */
  readonly dir: string;
  /** the same server, another database */
  urlFor(database: string): string;
  /** ends the server at once (immediate shutdown) and deletes its folder; safe to call twice */
  stop(): Promise<void>;
}

export interface PgClusterOptions {
  /** the database to create; default "wangge" */
  database?: string;
  /** where initdb, pg_ctl and postgres are; default WANGGE_PG_BIN or /usr/lib/postgresql/15/bin */
  bin?: string;
  /**
   * where the cluster's folder and the golden folder (pg-cluster-golden.ts) go; default
   * WANGGE_PG_TMP, else /dev/shm when it has room, else the OS temp folder. As root, the postgres
   * user must be able to enter it.
   */
  tempDir?: string;
}

const START_ATTEMPTS = 3;

export async function startPgCluster(options: PgClusterOptions = {}): Promise<PgCluster> {
  const bin = pgBin(options.bin);
  const database = options.database ?? 'wangge';
  const golden = await goldenData(bin, options.tempDir);
  const folder = serverFolder(bin, 'wangge-pg-', options.tempDir);
  try {
    run('cp', ['-a', golden, folder.data], 'copying the golden data folder');
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      try {
        folder.start(port);
        break;
      } catch (err) {
        // most likely the port was taken between freePort and the bind: another port
        if (attempt >= START_ATTEMPTS) throw err;
      }
    }
    const urlFor = (db: string) => `postgres://${SUPERUSER}@127.0.0.1:${port}/${encodeURIComponent(db)}`;
    const admin = new pg.Client({ connectionString: urlFor('postgres') });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)} STRATEGY FILE_COPY`);
    } finally {
      await admin.end();
    }
    return { url: urlFor(database), port, dir: folder.dir, urlFor, stop: async () => folder.stop() };
  } catch (err) {
    folder.stop();
    throw err;
  }
}

