import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fixedClock, openSqliteStore, seedDataset } from '@wangge/api';
import { hashPasswordSync } from '@wangge/api/auth/password';
import { PROBLEM_CATEGORIES } from '@wangge/geodata';
import { dafang } from '@wangge/geodata/dafang';

/**
 * npm run bench:load — /api/health latency while the server is under the heaviest load the API
 * allows: four logged-in clients each pulling the largest problem export (xlsx, 50,000 rows) in a
 * loop, and a planner saving a 50,000-vertex grid over and over. The API runs in a process of its
 * own on a throw-away database with N problems. Prints the health percentiles; asserts nothing.
 * Options: --problems N (52000), --seconds S (20). Prints each download's time too: they queue for the download thread.
 */
const { values } = parseArgs({ options: { problems: { type: 'string', default: '52000' }, seconds: { type: 'string', default: '20' } } });
const PROBLEMS = Number(values.problems);
const SECONDS = Number(values.seconds);
const NOW_ISO = '2026-11-25T10:00:00+08:00';
const PASSWORD = 'bench-load';
const root = resolve(fileURLToPath(import.meta.url), '../..');

async function prepare(file: string) {
  const store = openSqliteStore(file);
  await seedDataset(store, 'dafang', dafang, fixedClock(NOW_ISO)(), { demoPasswordHash: hashPasswordSync(PASSWORD, 1024), historyWeeks: 0 });
  const insert = store.client.prepare('insert into problems (id, lon, lat, category, description, status, grid_id, outside_grids, created_at, created_by, updated_at, due_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)');
  const t0 = Date.parse(NOW_ISO) - 90 * 86_400_000;
  store.client.transaction(() => {
    for (let i = 0; i < PROBLEMS; i++) {
      const at = t0 + i * 60_000;
      insert.run(`PB${i}`, 105.6 + (i % 100) * 0.0005, 27.13 + Math.floor(i / 100) % 100 * 0.0005, PROBLEM_CATEGORIES[i % PROBLEM_CATEGORIES.length], `基准问题 ${i}`, 'reported', null, at, 'inspector', at, at + 86_400_000);
    }
  })();
  await store.close();
}

async function login(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

/** A closed ring of n vertices round a circle near Dafang: a grid boundary as large as a careless import makes. */
function circle(n: number) {
  const ring = Array.from({ length: n }, (_, i) => [105.61 + 0.01 * Math.cos((2 * Math.PI * i) / n), 27.15 + 0.01 * Math.sin((2 * Math.PI * i) / n)]);
  ring.push(ring[0]);
  return { type: 'Polygon', coordinates: [ring] };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'wangge-load-'));
  const file = join(dir, 'wangge.db');
  process.stderr.write(`seeding Dafang and ${PROBLEMS} problems…\n`);
  await prepare(file);
  const port = 19000 + Math.floor(Math.random() * 900);
  const server = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/lib/bench-load/server.ts'), file, String(port), NOW_ISO], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ok) => server.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && ok()));
  const url = `http://127.0.0.1:${port}`;
  try {
    const cookies = await Promise.all(['leader', 'inspector', 'admin', 'planner'].map((u) => login(url, u)));
    const planner = cookies[3];
    const grid = (await (await fetch(`${url}/api/grids`)).json()) as { features: { id: string; properties: { version: number } }[] };
    const target = grid.features[0];
    const saveBody = JSON.stringify({ version: target.properties.version, geometry: circle(50_000) });
    const run = { stop: false };
    const counts = { exports: 0, exportStatus: new Map<number, number>(), saves: 0, saveStatus: new Map<number, number>(), exportMs: [] as number[] };
    const exporter = async (cookie: string) => {
      while (!run.stop) {
        const t = performance.now();
        const res = await fetch(`${url}/api/problems?format=xlsx&limit=50000`, { headers: { cookie } });
        await res.arrayBuffer();
        counts.exports++;
        counts.exportMs.push(performance.now() - t);
        counts.exportStatus.set(res.status, (counts.exportStatus.get(res.status) ?? 0) + 1);
        if (res.status === 429) await new Promise((r) => setTimeout(r, 500));
      }
    };
    const saver = async () => {
      while (!run.stop) {
        const res = await fetch(`${url}/api/grids/${target.id}`, { method: 'PUT', headers: { cookie: planner, 'content-type': 'application/json' }, body: saveBody });
        await res.arrayBuffer();
        counts.saves++;
        counts.saveStatus.set(res.status, (counts.saveStatus.get(res.status) ?? 0) + 1);
      }
    };
    const health: number[] = [];
    const prober = async () => {
      while (!run.stop) {
        const t = performance.now();
        await (await fetch(`${url}/api/health`)).arrayBuffer();
        health.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const idle: number[] = [];
    for (let i = 0; i < 40; i++) {
      const t = performance.now();
      await (await fetch(`${url}/api/health`)).arrayBuffer();
      idle.push(performance.now() - t);
    }
    process.stderr.write(`loading for ${SECONDS} s…\n`);
    const running = [...cookies.map(exporter), saver(), prober()];
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    run.stop = true;
    await Promise.all(running);
    const h = [...health].sort((a, b) => a - b);
    const i = [...idle].sort((a, b) => a - b);
    const e = [...counts.exportMs].sort((a, b) => a - b);
    const fmt = (m: Map<number, number>) => [...m].map(([s, n]) => `${s}×${n}`).join(' ');
    console.log(`bench:load — ${PROBLEMS} problems, ${SECONDS} s, 4 clients pulling xlsx (limit 50000), 1 planner saving a 50,000-vertex grid`);
    console.log(`  /api/health idle:       p50 ${percentile(i, 50).toFixed(1)} ms · p99 ${percentile(i, 99).toFixed(1)} ms (${i.length} requests)`);
    console.log(`  /api/health under load: p50 ${percentile(h, 50).toFixed(1)} ms · p99 ${percentile(h, 99).toFixed(1)} ms · max ${h.at(-1)!.toFixed(1)} ms (${h.length} requests)`);
    console.log(`  exports: ${counts.exports} (${fmt(counts.exportStatus)}), median ${e.length ? percentile(e, 50).toFixed(0) : '-'} ms`);
    console.log(`  export times: ${e.map((x) => (x / 1000).toFixed(1)).join(" ")} s`);
    console.log(`  grid saves: ${counts.saves} (${fmt(counts.saveStatus)})`);
  } finally {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
