import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { decodeExportRequest } from '@wangge/geodata';
import { renderMap, type RenderPhases } from '@wangge/api/export/render-map';
import { launchChromium } from './lib/browser.ts';
import { treeCpuSeconds } from './lib/process-cpu.ts';
import { serveTemp } from './lib/serve-temp.ts';

/**
 * npm run bench:export — wall time to export an A3 landscape PNG at 300 dpi and a 9-page A3 PDF
 * (one page per community), from navigation to the file's bytes, over a warm browser, and where
 * that time goes: loading the print page, drawing (per sheet: laying the map out, redrawing it at
 * print resolution, copying the picture — where the software rasteriser finishes its frame) and
 * Chromium's screenshot or PDF. Chromium draws the maps in software (SwiftShader), so these
 * numbers are mostly CPU: the CPU seconds this process and its Chromium burn per export are
 * printed too, as wall time on a shared machine swings with the others' load. Prints; asserts nothing.
 */
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, url: { type: 'string' }, week: { type: 'string', default: '2026-11-20' } } });
const runs = Number(values.runs);
const server = values.url ? null : await serveTemp({ WANGGE_NOW: '2026-11-25T10:00:00+08:00' });
const baseUrl = values.url ?? server!.url;

function request(raw: Record<string, string>) {
  const r = decodeExportRequest(raw);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const cases = [
  { name: 'A3 landscape PNG, 300 dpi', req: request({ week: values.week, paper: 'A3', format: 'png' }) },
  { name: 'A3 landscape PDF, 9 pages (all communities)', req: request({ week: values.week, paper: 'A3', format: 'pdf', allCommunities: '1' }) },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number) => (ms / 1000).toFixed(1);

const browser = await launchChromium();
try {
  await renderMap(request({ week: values.week, format: 'png' }), { baseUrl, browser });
  for (const c of cases) {
    const times: number[] = [];
    const cpu: number[] = [];
    const phases: RenderPhases[] = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const c0 = treeCpuSeconds();
      size = (await renderMap(c.req, { baseUrl, browser, onPhases: (p) => phases.push(p) })).length;
      times.push(performance.now() - t);
      cpu.push(treeCpuSeconds() - c0);
    }
    times.sort((a, b) => a - b);
    console.log(`${c.name.padEnd(46)} median ${s(median(times))} s, min ${s(times[0])} s, max ${s(times.at(-1)!)} s over ${runs} runs; CPU ${median(cpu).toFixed(1)} s median; ${(size / 1024 / 1024).toFixed(1)} MiB; load average ${loadavg()[0].toFixed(1)}`);
    const sum = (p: RenderPhases, k: 'layoutMs' | 'hiresMs' | 'copyMs') => p.sheets.reduce((a, x) => a + x[k], 0);
    console.log(
      `  where it goes (medians): page load ${s(median(phases.map((p) => p.navigateMs)))} s · drawing ${s(median(phases.map((p) => p.drawMs)))} s ` +
        `(maps: layout ${s(median(phases.map((p) => sum(p, 'layoutMs'))))} s, print-resolution redraw ${s(median(phases.map((p) => sum(p, 'hiresMs'))))} s, ` +
        `copy ${s(median(phases.map((p) => sum(p, 'copyMs'))))} s over ${phases[0]?.sheets.length ?? 0} sheets) · ${c.req.format === 'png' ? 'screenshot' : 'PDF'} ${s(median(phases.map((p) => p.captureMs)))} s`,
    );
  }
} finally {
  await browser.close();
  await server?.stop();
}
