import { parseArgs } from 'node:util';
import { checkPrintRequest, type RawPrintRequest } from '@wangge/api/export/print-options';
import { renderMap } from '@wangge/api/export/render-map';
import { launchChromium } from './lib/browser.ts';
import { serveTemp } from './lib/serve-temp.ts';

/**
 * npm run bench:export — wall time to export an A3 landscape PNG at 300 dpi and a 9-page A3 PDF
 * (one page per community), from navigation to the file's bytes, over a warm browser. Chromium
 * draws the maps in software (SwiftShader), so these numbers are mostly CPU. Prints; asserts nothing.
 */
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, url: { type: 'string' }, week: { type: 'string', default: '2026-11-20' } } });
const runs = Number(values.runs);
const server = values.url ? null : await serveTemp({ WANGGE_NOW: '2026-11-25T10:00:00+08:00' });
const baseUrl = values.url ?? server!.url;

function request(raw: RawPrintRequest) {
  const r = checkPrintRequest(raw);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const cases = [
  { name: 'A3 landscape PNG, 300 dpi', req: request({ week: values.week, paper: 'A3', format: 'png' }) },
  { name: 'A3 landscape PDF, 9 pages (all communities)', req: request({ week: values.week, paper: 'A3', format: 'pdf', allCommunities: true }) },
];

const browser = await launchChromium();
try {
  await renderMap(request({ week: values.week, format: 'png' }), { baseUrl, browser });
  for (const c of cases) {
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      size = (await renderMap(c.req, { baseUrl, browser })).length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const s = (ms: number) => (ms / 1000).toFixed(1);
    console.log(`${c.name.padEnd(46)} median ${s(times[Math.floor(times.length / 2)])} s, min ${s(times[0])} s, max ${s(times.at(-1)!)} s over ${runs} runs; ${(size / 1024 / 1024).toFixed(1)} MiB`);
  }
} finally {
  await browser.close();
  await server?.stop();
}
