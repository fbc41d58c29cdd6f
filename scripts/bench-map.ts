import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browser.ts';
import { serveTemp } from './lib/serve-temp.ts';

/**
 * npm run bench:map — time from navigation to the map's first idle with every layer drawn
 * (all 30 grids rendered with their status colours), over fresh browser contexts (no cache),
 * and the JavaScript/CSS the page loads, raw and gzip. Prints numbers; asserts nothing.
 */
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, url: { type: 'string' } } });
const runs = Number(values.runs);
const server = values.url ? null : await serveTemp({ WANGGE_NOW: '2026-11-25T10:00:00+08:00' });
const url = values.url ?? server!.url;
const browser = await launchChromium();
const times: number[] = [];
let assets: { url: string; type: string; raw: number; gzip: number }[] = [];
try {
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const loaded: typeof assets = [];
    page.on('response', async (res) => {
      const type = res.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      const body = await res.body().catch(() => null);
      if (body) loaded.push({ url: new URL(res.url()).pathname, type, raw: body.length, gzip: gzipSync(body).length });
    });
    await page.goto(url);
    // A string, not a function: tsx's transform would add helpers that do not exist in the page.
    const ms = await page.evaluate<number>(`new Promise((done) => {
      const check = () => {
        const map = window.__wanggeMap;
        if (map && map.loaded() && map.isStyleLoaded() && map.getLayer('grids-fill')) {
          const ids = new Set(map.queryRenderedFeatures({ layers: ['grids-fill'] }).map((f) => f.properties.id));
          if (ids.size >= 30) return done(performance.now());
        }
        requestAnimationFrame(check);
      };
      check();
    })`);
    // the first run warms the server's caches and the OS page cache; it is not counted
    if (i > 0) times.push(ms);
    assets = loaded;
    await context.close();
  }
} finally {
  await browser.close();
  await server?.stop();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`page load → map idle with all layers (ms), ${runs} runs, fresh context each: median ${median.toFixed(0)}, min ${times[0].toFixed(0)}, max ${times.at(-1)!.toFixed(0)}`);
const kb = (n: number) => (n / 1024).toFixed(1);
for (const a of assets) console.log(`  ${a.type.padEnd(10)} ${a.url.padEnd(48)} ${kb(a.raw).padStart(8)} KiB raw ${kb(a.gzip).padStart(8)} KiB gzip`);
const js = assets.filter((a) => a.type === 'script');
console.log(`JavaScript total: ${kb(js.reduce((s, a) => s + a.raw, 0))} KiB raw, ${kb(js.reduce((s, a) => s + a.gzip, 0))} KiB gzip`);
