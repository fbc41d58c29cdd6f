import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from './lib/browser.ts';
import { serveBareMap } from './lib/bare-map-server.ts';
import { bundleReport, type LoadedAsset } from './lib/bundle-report.ts';
import { serveTemp } from './lib/serve-temp.ts';

/**
 * npm run bench:map — time from navigation to the map's first idle with every layer drawn
 * (all 30 grids rendered with their status colours), over fresh browser contexts (no cache), for
 * the app and for a bare MapLibre page drawing the same grids from the same server (the renderer's
 * floor), runs alternating in the same Chromium; then the JavaScript each file the app's first view
 * loads, raw and gzip, and what it holds. Prints numbers; asserts nothing.
 */
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, url: { type: 'string' }, 'bare-port': { type: 'string' } },
});
const runs = Number(values.runs);
const dist = fileURLToPath(new URL('../web/dist', import.meta.url));
const server = values.url ? null : await serveTemp({ WANGGE_NOW: '2026-11-25T10:00:00+08:00' });
const appUrl = values.url ?? server!.url;
const bare = await serveBareMap(new URL(appUrl).origin, Number(values['bare-port'] ?? 20000 + Math.floor(Math.random() * 2000)));
const browser = await launchChromium();

// A string, not a function: tsx's transform would add helpers that do not exist in the page.
const UNTIL_IDLE = `new Promise((done) => {
  const check = () => {
    const map = window.__wanggeMap;
    if (map && map.loaded() && map.isStyleLoaded() && map.getLayer('grids-fill')) {
      const ids = new Set(map.queryRenderedFeatures({ layers: ['grids-fill'] }).map((f) => f.properties.id));
      if (ids.size >= 30) return done(performance.now());
    }
    requestAnimationFrame(check);
  };
  check();
})`;

/** One page load in a fresh context: ms to the first idle with all grids, and the scripts and styles loaded before it. */
async function timeOnce(b: Browser, url: string): Promise<{ ms: number; assets: LoadedAsset[] }> {
  const context = await b.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bodies: Promise<LoadedAsset | null>[] = [];
  let idle = false;
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (idle || (type !== 'script' && type !== 'stylesheet')) return;
    const path = new URL(res.url()).pathname;
    bodies.push(res.body().then((body) => ({ url: path, type, raw: body.length, gzip: gzipSync(body).length }), () => null));
  });
  await page.goto(url);
  const ms = await page.evaluate<number>(UNTIL_IDLE);
  idle = true;
  const assets = (await Promise.all(bodies)).filter((a): a is LoadedAsset => a !== null);
  await context.close();
  return { ms, assets };
}

const times = { app: [] as number[], bare: [] as number[] };
let appAssets: LoadedAsset[] = [];
try {
  // the first pair warms the server's caches and the OS page cache; it is not counted
  for (let i = 0; i < runs + 1; i++) {
    const app = await timeOnce(browser, appUrl);
    const floor = await timeOnce(browser, bare.url);
    if (i === 0) continue;
    times.app.push(app.ms);
    times.bare.push(floor.ms);
    appAssets = app.assets;
  }
} finally {
  await browser.close();
  await bare.stop();
  await server?.stop();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (name: string, xs: number[]) =>
  `  ${name.padEnd(5)} median ${median(xs).toFixed(0).padStart(5)}, min ${Math.min(...xs).toFixed(0).padStart(5)}, max ${Math.max(...xs).toFixed(0).padStart(5)}`;
console.log(`page load → map idle with all 30 grids drawn (ms), ${runs} runs each, alternating, fresh context each:`);
console.log(line('app', times.app));
console.log(line('bare', times.bare));
const pairRatios = times.app.map((t, i) => t / times.bare[i]);
console.log(`  app/bare: ${(median(times.app) / median(times.bare)).toFixed(2)}× (ratio of medians; median of the ${runs} pairs' ratios ${median(pairRatios).toFixed(2)}×)`);
console.log("JavaScript the app's first view loads before the map is idle (last run; gzip at level 6):");
for (const l of bundleReport(appAssets, dist)) console.log(l);
const css = appAssets.filter((a) => a.type === 'stylesheet');
for (const a of css) console.log(`  css ${a.url.padEnd(48)} ${(a.raw / 1024).toFixed(1).padStart(8)} KiB raw ${(a.gzip / 1024).toFixed(1).padStart(7)} KiB gzip`);
