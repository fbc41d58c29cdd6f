import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeExportRequest } from '@wangge/geodata';
import { renderMap, type RenderOptions, type RenderPhases } from '@wangge/api/export/render-map';
import { launchChromium } from './lib/browser.ts';
import { baselineTree } from './lib/export/baseline-tree.ts';
import { phaseRows, type Sample } from './lib/export/bench-table.ts';
import { treeCpuSeconds } from './lib/process-cpu.ts';
import { serveTemp, type TempServer } from './lib/serve-temp.ts';

/**
 * npm run bench:export — wall time to export an A3 landscape PNG at 300 dpi and a 9-page A3 PDF
 * (one page per community), from navigation to the file's bytes, over a warm browser, and where
 * that time goes: loading the print page, drawing (per sheet, as the print page splits it) and
 * Chromium's screenshot or PDF. Chromium draws the maps in software (SwiftShader), so these
 * numbers are mostly CPU: the CPU seconds this process and its Chromium burn per export are
 * printed too, as wall time on a shared machine swings with the others' load.
 *
 * --baseline REF|DIR measures another build in the same run — a git ref (built once into the temp
 * directory) or a checkout — served by its own server and rendered by its own renderer in the same
 * Chromium, the runs alternating between the two, and prints both columns. Prints; asserts nothing.
 */
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, url: { type: 'string' }, week: { type: 'string', default: '2026-11-20' }, baseline: { type: 'string' } },
});
const runs = Number(values.runs);
const root = resolve(fileURLToPath(import.meta.url), '../..');
const NOW = { WANGGE_NOW: '2026-11-25T10:00:00+08:00' };

type Render = typeof renderMap;
interface Build {
  label: string;
  render: Render;
  baseUrl: string;
  server: TempServer | null;
}

const builds: Build[] = [];
if (values.baseline) {
  const { dir, label } = baselineTree(root, values.baseline);
  const { renderMap: render } = (await import(join(dir, 'api/src/export/render-map.ts'))) as { renderMap: Render };
  const server = await serveTemp(NOW, undefined, { root: dir });
  builds.push({ label: `baseline ${label}`, render, baseUrl: server.url, server });
}
const server = values.url ? null : await serveTemp(NOW);
builds.push({ label: 'this build', render: renderMap, baseUrl: values.url ?? server!.url, server });

function request(raw: Record<string, string>) {
  const r = decodeExportRequest(raw);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const cases = [
  { name: 'A3 landscape PNG, 300 dpi', req: request({ week: values.week, paper: 'A3', format: 'png' }) },
  { name: 'A3 landscape PDF, 9 pages (all communities)', req: request({ week: values.week, paper: 'A3', format: 'pdf', allCommunities: '1' }) },
];

const browser = await launchChromium();
try {
  for (const b of builds) await b.render(request({ week: values.week, format: 'png' }), { baseUrl: b.baseUrl, browser });
  for (const c of cases) {
    const samples: Sample[][] = builds.map(() => []);
    for (let i = 0; i < runs; i++) {
      // alternating which build goes first, so a change in the machine's load falls on both
      const order = builds.map((_, k) => k);
      if (i % 2 === 1) order.reverse();
      for (const k of order) {
        const b = builds[k];
        let phases: RenderPhases | null = null;
        const options: RenderOptions = { baseUrl: b.baseUrl, browser, timeoutMs: 600_000, onPhases: (p) => (phases = p) };
        const t = performance.now();
        const c0 = treeCpuSeconds();
        const bytes = await b.render(c.req, options);
        samples[k].push({ wallMs: performance.now() - t, cpuS: treeCpuSeconds() - c0, bytes: bytes.length, phases: phases! });
      }
    }
    console.log(`\n${c.name} — ${runs} runs each, load average ${loadavg()[0].toFixed(1)}`);
    const rows = phaseRows(samples, c.req.format === 'png' ? 'screenshot' : 'PDF');
    const width = Math.max(...rows.map((r) => r[0].length)) + 2;
    const col = Math.max(24, ...builds.map((b) => b.label.length + 2), ...rows.flatMap((r) => r.slice(1).map((x) => x.length + 2)));
    console.log(''.padEnd(width) + builds.map((b) => b.label.padEnd(col)).join(''));
    for (const [name, ...cells] of rows) console.log(name.padEnd(width) + cells.map((x) => x.padEnd(col)).join(''));
  }
} finally {
  await browser.close();
  for (const b of builds) await b.server?.stop();
}
