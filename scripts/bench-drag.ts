/**
 * npm run bench:drag -- [--moves N] [--url http://host:port]
 *
 * A planner's vertex drag in the real app, in Chromium: logs in as the demo planner, opens the edit
 * view, selects a Dafang grid and drags a vertex it shares with a neighbour in N pointer moves, one
 * per animation frame. For each frame it prints the edit (moveVertex + snap), the browser coverage
 * re-check, everything up to the map's setData calls (what blocks the frame), and the time until
 * MapLibre has drawn the moved grids (worker re-tiling included) — against 16.7 ms at 60 Hz —
 * next to what a repaint with nothing changed costs on the same machine.
 * Nothing is saved. Prints numbers; asserts nothing.
 */
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browser.ts';
import { serveTemp } from './lib/serve-temp.ts';

const { values } = parseArgs({ options: { moves: { type: 'string', default: '120' }, url: { type: 'string' } } });
const moves = Math.max(10, Number(values.moves));
const server = values.url ? null : await serveTemp({ WANGGE_NOW: '2026-11-25T10:00:00+08:00' });
const url = values.url ?? server!.url;
const browser = await launchChromium();

interface Frame {
  editMs: number;
  checkMs: number;
  totalMs: number;
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const login = await page.request.post(`${url}/api/auth/login`, { data: { username: 'planner', password: process.env.WANGGE_DEMO_PASSWORD ?? 'wangge-demo' } });
  if (!login.ok()) throw new Error(`login as planner: ${login.status()}`);
  await page.addInitScript('localStorage.setItem("wangge.session", "1")');
  await page.goto(`${url}/?view=edit`);
  await page.waitForSelector('.edit-view .coverage-verdict', { timeout: 60_000 });
  // Strings, not functions: tsx's transform would add helpers that do not exist in the page.
  const target = await page.evaluate<{ x: number; y: number; id: string }>(`(async () => {
    const grids = await (await fetch('/api/grids')).json();
    const count = new Map();
    for (const g of grids.features) for (const r of g.geometry.coordinates.flat(g.geometry.type === 'Polygon' ? 0 : 1)) for (const p of r) count.set(p.join(), (count.get(p.join()) ?? 0) + 1);
    const grid = grids.features[Math.floor(grids.features.length / 2)];
    const ring = grid.geometry.type === 'Polygon' ? grid.geometry.coordinates[0] : grid.geometry.coordinates[0][0];
    const vertex = ring.slice(1, -1).find((p) => count.get(p.join()) === 2) ?? ring[1];
    const map = window.__wanggeMap;
    map.jumpTo({ center: vertex, zoom: 16.5 });
    await new Promise((r) => map.once('idle', r));
    const at = map.project(vertex);
    return { x: at.x, y: at.y, id: grid.properties.id };
  })()`);
  const box = (await page.locator('.map').boundingBox())!;
  // select the grid: click a little inside it, away from the vertex and from its neighbours
  const label = await page.evaluate<{ x: number; y: number } | null>(`(() => {
    const map = window.__wanggeMap;
    const id = ${JSON.stringify(target.id)};
    for (let r = 20; r <= 120; r += 10) {
      for (let a = 0; a < 360; a += 20) {
        const x = ${target.x} + r * Math.cos((a * Math.PI) / 180), y = ${target.y} + r * Math.sin((a * Math.PI) / 180);
        const hits = map.queryRenderedFeatures([[x - 6, y - 6], [x + 6, y + 6]], { layers: ['edit-fill'] });
        if (hits.length > 0 && hits.every((f) => f.properties.id === id)) return { x, y };
      }
    }
    return null;
  })()`);
  if (!label) throw new Error('the grid to drag is not on screen');
  await page.mouse.click(box.x + label.x, box.y + label.y);
  await page.waitForSelector('#edit-grid-title');
  await page.evaluate(`(() => {
    const map = window.__wanggeMap;
    window.__drawn = [];
    let pending = null;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'wangge:edit-drag') pending = e.startTime + e.duration; }).observe({ entryTypes: ['measure'] });
    map.on('sourcedata', (e) => {
      if (e.sourceId !== 'edit-grids' || pending === null || !map.isSourceLoaded('edit-grids')) return;
      const since = pending;
      pending = null;
      map.once('render', () => window.__drawn.push(performance.now() - since));
    });
  })()`);
  const frame = () => page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
  await page.mouse.move(box.x + target.x, box.y + target.y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) {
    const t = (i / moves) * Math.PI * 2;
    await page.mouse.move(box.x + target.x + 14 * Math.sin(t), box.y + target.y + 10 * (1 - Math.cos(t)));
    await frame();
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  const frames = await page.evaluate<Frame[]>('window.__wanggeDragFrames()');
  const drawn = await page.evaluate<number[]>('window.__drawn');
  // the same map redrawn with nothing changed: what drawing alone costs here (software GL in headless Chromium)
  const repaint = await page.evaluate<number[]>(`(async () => {
    const map = window.__wanggeMap;
    const out = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      await new Promise((r) => { map.once('render', r); map.triggerRepaint(); });
      out.push(performance.now() - t);
    }
    return out;
  })()`);
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
    return `median ${at(0.5).toFixed(1).padStart(5)}  p95 ${at(0.95).toFixed(1).padStart(5)}  max ${s.at(-1)!.toFixed(1).padStart(5)}  (n=${s.length})`;
  };
  console.log(`vertex drag on Dafang's grids in Chromium, ${moves} pointer moves (ms; a 60 Hz frame is 16.7):`);
  console.log(`  edit (moveVertex + snap)              ${stats(frames.map((f) => f.editMs))}`);
  console.log(`  coverage re-check (checkCoverage)     ${stats(frames.map((f) => f.checkMs))}`);
  console.log(`  edit + re-check + setData (blocking)  ${stats(frames.map((f) => f.totalMs))}`);
  if (drawn.length) console.log(`  setData → moved grids drawn          ${stats(drawn)}`);
  console.log(`  a repaint with nothing changed       ${stats(repaint)}`);
  console.log(`  frames within 16.7 ms (blocking part): ${frames.filter((f) => f.totalMs <= 16.7).length} of ${frames.length}`);
  await context.close();
} finally {
  await browser.close();
  await server?.stop();
}
