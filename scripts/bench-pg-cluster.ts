/**
 * npx tsx scripts/bench-pg-cluster.ts [--runs 20] — how long the throw-away PostgreSQL + PostGIS
 * cluster takes to be ready, and a fresh database per test file from a migrated template, both
 * ways PostgreSQL 15 copies one (FILE_COPY, WAL_LOG). Prints numbers, asserts nothing.
 *
 * The template is a stand-in for the API's migrated schema: a dozen tables with primary keys,
 * foreign keys and GiST indexes, and Dafang's 30 grids in one of them.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { dafang } from '@wangge/geodata/dafang';
import { freshDatabase, makeTemplate, type CopyStrategy } from './lib/pg-cluster-databases.ts';
import { defaultTempDir, startPgCluster } from './lib/pg-cluster.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const RUNS = Number(values.runs);

const ms = (t0: number) => performance.now() - t0;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const line = (label: string, xs: number[]) =>
  console.log(`${label.padEnd(34)} p50 ${quantile(xs, 0.5).toFixed(0).padStart(5)} ms  p90 ${quantile(xs, 0.9).toFixed(0).padStart(5)} ms  (n=${xs.length})`);

async function migrate(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('BEGIN');
    for (let t = 1; t <= 12; t++) {
      await c.query(`CREATE TABLE t${t} (id serial PRIMARY KEY, parent int REFERENCES t${Math.max(1, t - 1)}(id), name text NOT NULL, geom geometry(Polygon, 4326), at timestamptz DEFAULT now())`);
      await c.query(`CREATE INDEX ON t${t} USING gist (geom)`);
      await c.query(`CREATE INDEX ON t${t} (name)`);
    }
    for (const g of dafang.grids.features) {
      await c.query('INSERT INTO t1 (name, geom) VALUES ($1, ST_SetSRID(ST_GeomFromGeoJSON($2), 4326))', [g.properties.code, JSON.stringify(g.geometry)]);
    }
    await c.query('COMMIT');
  } finally {
    await c.end();
  }
}

console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
// a temp folder of our own: the first start builds the golden data folder, the others copy it
const temp = mkdtempSync(join(defaultTempDir(), 'bench-pg-'));
chmodSync(temp, 0o755);
try {
  let t0 = performance.now();
  const first = await startPgCluster({ tempDir: temp });
  const cold = ms(t0);
  await first.stop();
  const warm: number[] = [];
  const stops: number[] = [];
  for (let i = 0; i < 3; i++) {
    t0 = performance.now();
    const c = await startPgCluster({ tempDir: temp });
    warm.push(ms(t0));
    t0 = performance.now();
    await c.stop();
    stops.push(ms(t0));
  }
  console.log(`cluster start, no golden folder yet (initdb + PostGIS)  ${cold.toFixed(0)} ms`);
  line('cluster start, golden folder copied', warm);
  line('cluster stop (immediate) + delete', stops);

  const cluster = await startPgCluster({ tempDir: temp });
  try {
    t0 = performance.now();
    const template = await makeTemplate(cluster.url, 'bench_template', migrate);
    console.log(`template: 12 tables, 36 indexes, 30 grids  ${ms(t0).toFixed(0)} ms`);
    for (const strategy of ['FILE_COPY', 'WAL_LOG'] as CopyStrategy[]) {
      const created: number[] = [];
      const dropped: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        t0 = performance.now();
        const db = await freshDatabase(cluster.url, template, { strategy });
        created.push(ms(t0));
        t0 = performance.now();
        await db.drop();
        dropped.push(ms(t0));
      }
      line(`fresh database (${strategy})`, created);
      line(`drop database (${strategy})`, dropped);
    }
    t0 = performance.now();
    const four = await Promise.all(Array.from({ length: 4 }, () => freshDatabase(cluster.url, template)));
    console.log(`4 fresh databases at once (FILE_COPY)  ${ms(t0).toFixed(0)} ms`);
    await Promise.all(four.map((d) => d.drop()));
  } finally {
    await cluster.stop();
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
