import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Synthetic } from './generate.ts';
import * as geos from './peers/geos.ts';
import * as mapshaper from './peers/mapshaper.ts';
import * as wangge from './peers/wangge.ts';
import { score } from './score.ts';
import type { Row } from './table.ts';
import type { Job, ToolName, WorkerResult } from './worker.ts';

export interface RunOptions {
  runs: number;
  peers: boolean;
  /** write a V8 CPU profile of the wangge worker into this directory */
  cpuProfileDir?: string;
  /** filled with wangge's median milliseconds per phase, per dataset label */
  profiles?: Map<string, Record<string, number>>;
}

const worker = join(import.meta.dirname, 'worker.ts');

function runTool(dir: string, dataset: string, tool: ToolName, runs: number, cpuProfileDir?: string): WorkerResult {
  const jobFile = join(dir, `${tool}.job.json`);
  const job: Job = { tool, dataset, runs };
  writeFileSync(jobFile, JSON.stringify(job));
  const prof = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
  const r = spawnSync(process.execPath, [...prof, '--import', 'tsx', worker, jobFile], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`${tool} worker failed (exit ${r.status})`);
  return JSON.parse(r.stdout) as WorkerResult;
}

/** Every tool on one dataset: same data, one after the other, each in a fresh process. */
export function benchDataset(s: Synthetic, data: string, opts: RunOptions): Row[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-coverage-'));
  try {
    const dataset = join(dir, 'dataset.json');
    writeFileSync(dataset, JSON.stringify(s));
    const rows: Row[] = [];
    const base = { n: s.n, vertices: s.vertices, data };
    const w = runTool(dir, dataset, 'wangge', opts.runs, opts.cpuProfileDir);
    rows.push({ ...base, tool: wangge.name, medianMs: w.ms, score: score(w.found, s) });
    opts.profiles?.set(`${s.n} ${data}`, w.extra);
    if (!opts.peers) return rows;
    const g = runTool(dir, dataset, 'geos', opts.runs);
    rows.push({ ...base, tool: `${geos.name} validity+overlaps`, medianMs: g.extra.validityAndOverlapsMs, score: null, note: 'gaps not looked for' });
    rows.push({ ...base, tool: `${geos.name} +gaps (union)`, medianMs: g.ms, score: score(g.found, s) });
    const m = runTool(dir, dataset, 'mapshaper', opts.runs);
    rows.push({ ...base, tool: mapshaper.name, medianMs: m.ms, score: score(m.found, s) });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
