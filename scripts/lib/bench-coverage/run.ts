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
  /** runs for the peers (default: as many as wangge) and whether they warm up first (default yes) */
  peerRuns?: number;
  warmPeers?: boolean;
  /** said of the peers' rows, e.g. how they were run */
  peerNote?: string;
  /** write a V8 CPU profile of the wangge worker into this directory */
  cpuProfileDir?: string;
  /** filled with wangge's median milliseconds per phase, per dataset label */
  profiles?: Map<string, Record<string, number>>;
}

const worker = join(import.meta.dirname, 'worker.ts');

function runTool(dir: string, dataset: string, tool: ToolName, runs: number, warm: boolean, cpuProfileDir?: string): WorkerResult {
  const jobFile = join(dir, `${tool}.job.json`);
  const job: Job = { tool, dataset, runs, warm };
  writeFileSync(jobFile, JSON.stringify(job));
  const prof = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
  // a province's dataset is a few hundred MB of objects: room above node's default heap
  const r = spawnSync(process.execPath, [...prof, '--max-old-space-size=8192', '--import', 'tsx', worker, jobFile], {
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
    const w = runTool(dir, dataset, 'wangge', opts.runs, true, opts.cpuProfileDir);
    rows.push({ ...base, tool: wangge.name, medianMs: w.ms, peakMB: w.peakMB, score: score(w.found, s) });
    opts.profiles?.set(`${s.n} ${data}`, w.extra);
    if (!opts.peers) return rows;
    const peerRuns = opts.peerRuns ?? opts.runs;
    const warm = opts.warmPeers ?? true;
    const note = opts.peerNote;
    const g = runTool(dir, dataset, 'geos', peerRuns, warm);
    rows.push({ ...base, tool: `${geos.name} validity+overlaps`, medianMs: g.extra.validityAndOverlapsMs, score: null, note: ['gaps not looked for', note].filter(Boolean).join('; ') });
    rows.push({ ...base, tool: `${geos.name} +gaps (union)`, medianMs: g.ms, peakMB: g.peakMB, score: score(g.found, s), note });
    const m = runTool(dir, dataset, 'mapshaper', peerRuns, warm);
    rows.push({ ...base, tool: mapshaper.name, medianMs: m.ms, peakMB: m.peakMB, score: score(m.found, s), note });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
