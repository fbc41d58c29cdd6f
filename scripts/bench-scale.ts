/**
 * npm run bench:scale [-- --counties 10 --problems 200000 …] — a generated city (100 counties ×
 * 300 grids, 2,000,000 problems, 1,000,000 weekly reports, 5,000 users by default) loaded into
 * PostgreSQL + PostGIS (a throw-away cluster) and into a SQLite file, each served by the real server;
 * p50/p99 and throughput of six reads at 100 concurrent clients, on SQLite, on PostgreSQL with one
 * and with two API processes, and the Monday-morning burst of report submissions, checked for
 * losses in the database. Each read gets a one-second warm-up first. Prints numbers and a markdown table; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPgStore, openSqliteStore, type Store } from '@wangge/api';
import { hashPasswordSync } from '@wangge/api/auth/password';
import { currentWeek } from '@wangge/geodata';
import { mondayMorning, planBurst, runBurst, type BurstResult } from './lib/bench-scale/burst.ts';
import { drive } from './lib/bench-scale/drive.ts';
import { generateCity } from './lib/bench-scale/generate.ts';
import { loadCity } from './lib/bench-scale/load.ts';
import { scenarios } from './lib/bench-scale/scenarios.ts';
import { login, serveBackend, type Backend } from './lib/bench-scale/serve.ts';
import { benchOptions } from './lib/bench-scale/size.ts';
import { markdownTable, type RunRow } from './lib/bench-scale/table.ts';
import { startPgCluster } from './lib/pg-cluster.ts';

const PASSWORD = 'bench-scale-demo';

const opts = benchOptions(process.argv.slice(2));
const PORTS = { sqlite: opts.port, pg1: opts.port + 1, pg2: opts.port + 2 };
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const secs = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
console.log(`load average ${load()}`);

let t0 = performance.now();
const city = generateCity(opts);
const pairs = city.counties.reduce((n, d) => n + d.organisation.gridUnits.length, 0);
console.log(
  `generated ${city.counties.length} counties, ${city.counties.reduce((n, d) => n + d.grids.features.length, 0)} grids, ` +
    `${city.counties.reduce((n, d) => n + d.organisation.units.length, 0)} units, ${pairs} grid–unit pairs in ${secs(t0)}; ${city.historyWeeks} weeks of reports`,
);

const now = mondayMorning(Date.now());
console.log(`the city's clock: ${new Date(now).toISOString()} (a Monday morning, 3 h before the week's reports are due)`);
const demoPasswordHash = hashPasswordSync(PASSWORD, 1024);

async function loadInto(name: string, store: Store): Promise<void> {
  const started = performance.now();
  const counts = await loadCity(store, city, opts, { now, demoPasswordHash, progress: (step, ms) => console.log(`  ${name}: ${step} in ${(ms / 1000).toFixed(1)} s`) });
  console.log(`${name} loaded in ${secs(started)}: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}`);
}

const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
const cluster = await startPgCluster();
const rows: RunRow[] = [];
const bursts: { setup: string; result: BurstResult }[] = [];
try {
  const pgStore = await openPgStore(cluster.url);
  await loadInto('PostgreSQL', pgStore);
  // as autovacuum would in a deployment: planner statistics for the rows just bulk-loaded
  t0 = performance.now();
  const analyze = new pg.Client({ connectionString: cluster.url });
  await analyze.connect();
  await analyze.query('ANALYZE');
  await analyze.end();
  console.log(`  PostgreSQL: ANALYZE in ${secs(t0)}`);
  const sqliteFile = join(dir, 'city.db');
  const sqliteStore = opts.skipSqlite ? null : openSqliteStore(sqliteFile);
  if (sqliteStore) await loadInto('SQLite', sqliteStore);

  const week = currentWeek(now);
  const clock = new Date(now).toISOString();
  const reads = scenarios(city.counties, week);
  const setups: { setup: string; backend: Backend; store: Store; port: number; workers: number; burst: boolean }[] = [
    ...(sqliteStore ? [{ setup: 'SQLite, 1 process', backend: { env: { WANGGE_DB: sqliteFile, WANGGE_NOW: clock } }, store: sqliteStore as Store, port: PORTS.sqlite, workers: 1, burst: true }] : []),
    { setup: 'PostgreSQL, 1 process', backend: { env: { WANGGE_DATABASE_URL: cluster.url, WANGGE_NOW: clock } }, store: pgStore, port: PORTS.pg1, workers: 1, burst: false },
    { setup: 'PostgreSQL, 2 processes', backend: { env: { WANGGE_DATABASE_URL: cluster.url, WANGGE_NOW: clock } }, store: pgStore, port: PORTS.pg2, workers: 2, burst: true },
  ];
  for (const s of setups) {
    const server = await serveBackend(s.backend, s.port, s.workers);
    try {
      const cookies = { leader: await login(server.url, 'leader', PASSWORD), staff: await login(server.url, 'planner', PASSWORD) };
      // the first read after the bulk load freezes every county's closed weeks (once, in whichever process gets there)
      t0 = performance.now();
      const first = await fetch(`${server.url}/api/city/status?week=${week}`, { headers: { cookie: cookies.leader } });
      await first.arrayBuffer();
      console.log(`${s.setup}: first city overview ${first.status} in ${secs(t0)} (freezes the closed weeks the load left open)`);
      for (const r of reads) {
        await drive(server.url, r.path, { clients: 4, seconds: 1, cookie: cookies[r.who] });
        const result = await drive(server.url, r.path, { clients: opts.clients, seconds: opts.seconds, cookie: cookies[r.who] });
        rows.push({ setup: s.setup, route: r.name, result });
        console.log(`${s.setup.padEnd(24)} ${r.name.padEnd(24)} p50 ${result.p50.toFixed(1).padStart(7)} ms  p99 ${result.p99.toFixed(1).padStart(7)} ms  ${result.throughput.toFixed(0).padStart(5)} req/s  ${result.errors} errors  (load ${load()})`);
      }
      if (s.burst) {
        const admin = await login(server.url, 'admin', PASSWORD);
        for (const d of city.counties) {
          const res = await fetch(`${server.url}/api/report-requirements?county=${d.organisation.county.code}`, { method: 'PUT', headers: { cookie: admin, 'content-type': 'application/json' }, body: JSON.stringify({ minPhotos: 0 }) });
          if (!res.ok) throw new Error(`report requirements: ${res.status} ${await res.text()}`);
        }
        const plan = await planBurst(s.store, opts.burst, now);
        const result = await runBurst(s.store, server.url, plan, opts.burstSeconds);
        bursts.push({ setup: s.setup, result });
        console.log(`${s.setup}: Monday burst, ${result.sent} submissions over ${opts.burstSeconds} s for week ${plan.week}: ${result.created} × 201, others ${JSON.stringify(result.other)}, p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms; ${result.stored} of the 201s are rows afterwards`);
      }
    } finally {
      await server.stop();
    }
  }
  await pgStore.close();
  await sqliteStore?.close();
} finally {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nload average at the end ${load()} (2 cores shared with other work)\n`);
console.log(markdownTable(rows, bursts, opts.clients));
