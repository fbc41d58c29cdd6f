import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { createApp, fixedClock, openSqliteStore, seedDataset } from '@wangge/api';
import { hashPasswordSync } from '@wangge/api/auth/password';
import { containsPoint, geometryBBox, PROBLEM_CATEGORIES, PROBLEM_DEADLINE_HOURS, PROBLEM_STATUS, type ProblemStatus } from '@wangge/geodata';
import { dafang } from '@wangge/geodata/dafang';
import { mulberry32 } from '@wangge/geodata/synthetic/prng';
import { launchChromium } from './lib/browser.ts';
import { serveTemp } from './lib/serve-temp.ts';

/**
 * npm run bench:problems — seeds N problems (100,000 by default) over the Dafang bbox into a
 * throw-away database, each with the workflow steps up to its status, then prints GET /api/problems
 * latency for the queries the map, the list and the leaders' stats make (in-process via
 * app.request, no network; the map asks for slim pins, fields=pin), and the map's frame times while panning and
 * zooming over them in Chromium (requestAnimationFrame deltas), pins on and off. Asserts nothing.
 * Options: --count N, --runs N, --no-browser, --db FILE (seed there and keep it).
 */
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '15' },
    'no-browser': { type: 'boolean', default: false },
    /** seed into this file and keep it (it must not exist yet), to look at the seeded map afterwards */
    db: { type: 'string' },
  },
});
const COUNT = Number(values.count);
const RUNS = Number(values.runs);
const NOW_ISO = '2026-11-25T10:00:00+08:00';
/** the throw-away database's demo accounts (the stats are for staff only) */
const BENCH_PASSWORD = 'bench-problems';
const NOW = Date.parse(NOW_ISO);
const DAY = 86_400_000;

/** Most problems of a campaign end verified; the open ones spread over the earlier steps. */
const STATUS_WEIGHTS: [ProblemStatus, number][] = [
  [PROBLEM_STATUS.reported, 0.12],
  [PROBLEM_STATUS.assigned, 0.13],
  [PROBLEM_STATUS.in_progress, 0.15],
  [PROBLEM_STATUS.fixed, 0.1],
  [PROBLEM_STATUS.verified, 0.5],
];

const HOUR = 3_600_000;
/** The workflow without 退回: the steps a problem of each status has been through. */
const STEPS: readonly { to: ProblemStatus; action: string; by: string }[] = [
  { to: PROBLEM_STATUS.reported, action: 'file', by: 'inspector' },
  { to: PROBLEM_STATUS.assigned, action: 'assign', by: 'inspector' },
  { to: PROBLEM_STATUS.in_progress, action: 'start', by: 'reporter' },
  { to: PROBLEM_STATUS.fixed, action: 'fix', by: 'reporter' },
  { to: PROBLEM_STATUS.verified, action: 'verify', by: 'inspector' },
];

function pickStatus(r: number): ProblemStatus {
  let acc = 0;
  for (const [s, w] of STATUS_WEIGHTS) if (r < (acc += w)) return s;
  return PROBLEM_STATUS.verified;
}

function townBbox(): [number, number, number, number] {
  const boxes = dafang.communities.features.map((f) => geometryBBox(f.geometry));
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/** Inserts COUNT problems in one transaction, routed to their grid's units as the server would (zones aside). */
function seedProblems(store: ReturnType<typeof openSqliteStore>, bbox: readonly number[]): number {
  const sqlite = store.client;
  const gridUnits = new Map<string, string[]>();
  for (const row of sqlite.prepare('select grid_id as g, unit_id as u from grid_units').all() as { g: string; u: string }[]) {
    gridUnits.set(row.g, [...(gridUnits.get(row.g) ?? []), row.u]);
  }
  const offices = new Map((sqlite.prepare('select g.id as g, c.street_office_id as s from grids g join communities c on c.id = g.community_id').all() as { g: string; s: string }[]).map((r) => [r.g, r.s]));
  const grids = dafang.grids.features.map((f) => ({ id: f.properties.id, geometry: f.geometry, box: geometryBBox(f.geometry) }));
  const insertProblem = sqlite.prepare(
    'insert into problems (id, lon, lat, category, description, status, grid_id, street_office_id, outside_grids, created_at, created_by, updated_at, due_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertUnit = sqlite.prepare('insert into problem_units (problem_id, unit_id) values (?, ?)');
  const insertEvent = sqlite.prepare('insert into problem_events (problem_id, from_status, to_status, action, user_id, at) values (?, ?, ?, ?, ?, ?)');
  // deterministic, so every run benchmarks the same database
  const random = mulberry32(20261125);
  const [w, s, e, n] = bbox;
  const started = performance.now();
  sqlite.transaction(() => {
    for (let i = 0; i < COUNT; i++) {
      const lon = w + random() * (e - w);
      const lat = s + random() * (n - s);
      const category = PROBLEM_CATEGORIES[Math.floor(random() * PROBLEM_CATEGORIES.length)];
      const status = pickStatus(random());
      const createdAt = NOW - Math.floor(random() * 180 * DAY);
      const grid = grids.find((g) => lon >= g.box[0] && lon <= g.box[2] && lat >= g.box[1] && lat <= g.box[3] && containsPoint(g.geometry, lon, lat));
      const id = `B${i.toString(36).padStart(5, '0')}`;
      insertProblem.run(id, lon, lat, category, `基准测试问题 ${i}：${category}`, status, grid?.id ?? null, grid ? offices.get(grid.id) ?? null : null, grid ? 0 : 1, createdAt, 'inspector', createdAt, createdAt + PROBLEM_DEADLINE_HOURS[category] * 3600_000);
      for (const unit of grid ? gridUnits.get(grid.id) ?? [] : []) insertUnit.run(id, unit);
      // the steps up to its status, hours apart (never past now), so the weekly stats replay real histories
      let at = createdAt;
      let from: ProblemStatus | null = null;
      for (const step of STEPS.slice(0, STEPS.findIndex((x) => x.to === status) + 1)) {
        at = Math.min(NOW, at + (from === null ? 0 : Math.ceil(random() * 72) * HOUR));
        insertEvent.run(id, from, step.to, step.action, step.by, at);
        from = step.to;
      }
    }
  })();
  sqlite.exec('analyze');
  return performance.now() - started;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), max: s.at(-1)!, mean: s.reduce((a, b) => a + b, 0) / s.length };
};
const ms = (x: number) => x.toFixed(1).padStart(7);
const kib = (x: number) => (x / 1024).toFixed(0).padStart(6);

/** A session cookie for the stats (staff only), with the demo password the seed set. */
async function login(app: ReturnType<typeof createApp>, username: string): Promise<string> {
  const res = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: BENCH_PASSWORD }) });
  if (!res.ok) throw new Error(`login as ${username}: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

async function benchApi(store: ReturnType<typeof openSqliteStore>, bbox: readonly number[]): Promise<void> {
  const app = createApp({ store, clock: fixedClock(NOW_ISO) });
  const [w, s, e, n] = bbox;
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  // about 600 m across: a street or two, as an inspector zoomed in on a phone sees it
  const zoomed = [cx - 0.003, cy - 0.0027, cx + 0.003, cy + 0.0027].map((x) => x.toFixed(5)).join(',');
  const town = bbox.map((x) => x.toFixed(5)).join(',');
  const firstGrid = dafang.grids.features[0].properties.id;
  const week = new Date(NOW - 7 * DAY).toISOString().slice(0, 10);
  const queries: [string, string][] = [
    ['town bbox, limit 10000', `bbox=${town}&limit=10000`],
    ['town bbox, limit 5000 (all fields)', `bbox=${town}&limit=5000`],
    ['the same, fields=pin (map, first view)', `bbox=${town}&limit=5000&fields=pin`],
    ['zoomed-in ~600 m, fields=pin (map)', `bbox=${zoomed}&limit=5000&fields=pin`],
    ['zoomed-in bbox ~600 m, limit 5000', `bbox=${zoomed}&limit=5000`],
    ['open statuses, town bbox, limit 5000', `status=reported,assigned,in_progress&bbox=${town}&limit=5000`],
    ['one category, town bbox, limit 5000', `category=${encodeURIComponent('占道经营')}&bbox=${town}&limit=5000`],
    ['overdue only, town bbox, limit 5000', `overdue=1&bbox=${town}&limit=5000`],
    ['one unit (zhifa), town bbox, limit 5000', `unit=zhifa&bbox=${town}&limit=5000`],
    ['one grid, limit 5000', `grid=${firstGrid}&limit=5000`],
    ['last 7 days, town bbox, limit 5000', `from=${week}&bbox=${town}&limit=5000`],
    ['list page 1 (limit 30)', 'limit=30'],
    ['list page at offset 50000 (limit 30)', 'limit=30&offset=50000'],
    ['grid panel: a grid’s open problems (limit 5)', `grid=${firstGrid}&status=reported,assigned,in_progress&limit=5`],
    ['CSV export, open problems (≤ 50000 rows)', 'status=reported,assigned,in_progress&limit=50000&format=csv'],
    ['stats: 12 weeks by grid (leaders’ view)', 'stats?by=grid'],
    ['stats: 12 weeks by unit', 'stats?by=unit'],
    ['stats: 12 weeks by category, one unit', 'stats?by=category&unit=zhifa'],
  ];
  const leader = await login(app, 'leader');
  console.log(`\nGET /api/problems, in-process app.request, ${RUNS} runs after 2 warm-ups (ms; body raw / gzip KiB; rows of total)`);
  console.log(`${'query'.padEnd(46)}  median     p95     max     raw    gzip   rows`);
  for (const [label, query] of queries) {
    const times: number[] = [];
    let body = '';
    for (let i = 0; i < RUNS + 2; i++) {
      const t0 = performance.now();
      const stats = query.startsWith('stats?');
      const res = await app.request(stats ? `/api/problems/${query}` : `/api/problems?${query}`, stats ? { headers: { cookie: leader } } : undefined);
      body = await res.text();
      if (!res.ok) throw new Error(`${query} → ${res.status} ${body}`);
      if (i >= 2) times.push(performance.now() - t0);
    }
    const st = stats(times);
    const json = query.includes('format=') || query.startsWith('stats?') ? null : (JSON.parse(body) as { total: number; features: unknown[] });
    const rows = json ? `${json.features.length} of ${json.total}` : query.startsWith('stats?') ? `${(JSON.parse(body) as { series: unknown[] }).series.length} groups` : `${body.split('\n').length - 2} rows`;
    console.log(`${label.padEnd(46)} ${ms(st.median)} ${ms(st.p95)} ${ms(st.max)} ${kib(Buffer.byteLength(body))} ${kib(gzipSync(body).length)}   ${rows}`);
  }
  const nearby: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = performance.now();
    const res = await app.request(`/api/problems/nearby?lon=${cx}&lat=${cy}&category=${encodeURIComponent('环境卫生')}`);
    await res.text();
    if (i >= 2) nearby.push(performance.now() - t0);
  }
  const st = stats(nearby);
  console.log(`${'GET /api/problems/nearby (50 m, one category)'.padEnd(46)} ${ms(st.median)} ${ms(st.p95)} ${ms(st.max)}`);
}

/** Drags and wheel-zooms across the map while recording every animation frame's delta and the main thread's long tasks. */
async function panFrames(page: Page): Promise<{ frames: number[]; longTaskMs: number }> {
  const box = (await page.locator('.map').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__longTasks = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks += e.duration; }).observe({ type: 'longtask' });
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__recording) requestAnimationFrame(tick); };
    window.__recording = true;
    requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
  })()`);
  const moves: [number, number][] = [[260, 0], [0, 180], [-260, 0], [0, -180], [200, 140], [-200, -140]];
  for (let round = 0; round < 2; round++) {
    for (const [dx, dy] of moves) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.mouse.move(cx + dx, cy + dy, { steps: 24 });
      await page.mouse.up();
      await page.waitForTimeout(150);
    }
    await page.mouse.move(cx, cy);
    for (const delta of [-240, -240, 240, 240]) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(250);
    }
  }
  await page.waitForTimeout(600);
  return page.evaluate<{ frames: number[]; longTaskMs: number }>(`(() => { window.__recording = false; return { frames: window.__frames.slice(2), longTaskMs: window.__longTasks }; })()`);
}

async function benchMap(dbFile: string): Promise<void> {
  const server = await serveTemp({ WANGGE_DB: dbFile, WANGGE_NOW: NOW_ISO, WANGGE_SEED: 'dafang' });
  const browser = await launchChromium();
  try {
    // software GL on a shared machine: the load average says how much of the frame time is other work
    console.log(`\nmap in Chromium (headless, ${await browser.version()}), 1280×800; frames while dragging 12 times and wheel-zooming 8 times; load average ${loadavg()[0].toFixed(1)}`);
    console.log(`${'case'.padEnd(34)}  first pins   frame median   p95    max   >50 ms   fps  long tasks`);
    for (const [label, query] of [
      ['pins on (clustered, ≤ 5000 in view)', ''],
      ['pins off (layers=), same map', '?layers='],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(`${server.url}/${query}`);
      await page.waitForFunction(`window.__wanggeMap?.loaded() === true`);
      if (!query) await page.waitForSelector('.pin-count[data-shown]', { timeout: 60_000 });
      const firstPins = Date.now() - t0;
      await page.waitForTimeout(800);
      const { frames, longTaskMs } = await panFrames(page);
      const st = stats(frames);
      const long = frames.filter((f) => f > 50).length;
      const fps = 1000 / st.mean;
      const shown = query ? '' : await page.locator('.pin-count').textContent();
      console.log(`${label.padEnd(34)} ${String(query ? '–' : `${firstPins} ms`).padStart(10)} ${ms(st.median)} ${ms(st.p95)} ${ms(st.max)} ${String(long).padStart(6)}/${frames.length} ${fps.toFixed(0).padStart(5)} ${String(Math.round(longTaskMs)).padStart(7)} ms  ${shown ?? ''}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'wangge-bench-problems-'));
const dbFile = values.db ?? join(dir, 'wangge.db');
try {
  const store = openSqliteStore(dbFile);
  await seedDataset(store, 'dafang', dafang, NOW, { demoPasswordHash: hashPasswordSync(BENCH_PASSWORD) });
  const bbox = townBbox();
  const seedMs = seedProblems(store, bbox);
  const total = (store.client.prepare('select count(*) as n from problems').get() as { n: number }).n;
  console.log(`seeded ${COUNT.toLocaleString('en')} problems (${total.toLocaleString('en')} in the DB) over [${bbox.map((x) => x.toFixed(4)).join(', ')}] in ${(seedMs / 1000).toFixed(1)} s, one transaction`);
  await benchApi(store, bbox);
  await store.close();
  if (!values['no-browser']) await benchMap(dbFile);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
