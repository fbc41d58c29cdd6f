/**
 * One tool on one dataset, in a process of its own: node --import tsx worker.ts <job.json>.
 * A fresh process per tool means no tool pays for another's garbage or warms another's caches.
 * Prints { ms, all, found, extra } as JSON on stdout.
 */
import { readFileSync } from 'node:fs';
import type { Found } from './found.ts';
import type { Synthetic } from './generate.ts';
import * as geos from './peers/geos.ts';
import * as mapshaper from './peers/mapshaper.ts';
import { projectCollection } from './peers/project.ts';
import * as wangge from './peers/wangge.ts';
import { median } from './table.ts';

export type ToolName = 'wangge' | 'geos' | 'mapshaper';
export interface Job {
  tool: ToolName;
  dataset: string;
  runs: number;
  /** warm up first (JIT tiers settle); off for peers on a province, where one run takes minutes */
  warm: boolean;
}
export interface WorkerResult {
  ms: number;
  all: number[];
  found: Found;
  /** wangge: median ms per phase · geos: validity+overlaps median ms */
  extra: Record<string, number>;
  /** the process's resident set at its largest, dataset included, MB */
  peakMB: number;
}

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Job;
  const s = JSON.parse(readFileSync(job.dataset, 'utf8')) as Synthetic;
  const extraRuns: Record<string, number>[] = [];
  let call: () => Promise<Found>;
  if (job.tool === 'wangge') {
    call = async () => {
      const profile: Record<string, number> = {};
      const found = wangge.run(s, profile);
      extraRuns.push(profile);
      return found;
    };
  } else {
    const grids = projectCollection(s.grids, { isB: 0 });
    const boundary = projectCollection(s.boundary, { isB: 1 });
    if (job.tool === 'geos') {
      await geos.loadGeos();
      call = async () => {
        const r = await geos.run(grids, boundary);
        extraRuns.push({ validityAndOverlapsMs: r.times.validityAndOverlapsMs });
        return r.found;
      };
    } else call = () => mapshaper.run({ grids, boundary });
  }
  let found: Found | null = null;
  if (job.warm) {
    // JIT tiers settle after a few calls of a big function (three calls, half a second)
    found = await call();
    const warm = performance.now();
    for (let i = 0; i < 2 || performance.now() - warm < 500; i++) found = await call();
  }
  extraRuns.length = 0;
  const all: number[] = [];
  for (let i = 0; i < job.runs; i++) {
    const t = performance.now();
    found = await call();
    all.push(performance.now() - t);
  }
  const keys = Object.keys(extraRuns[0] ?? {});
  const extra = Object.fromEntries(keys.map((k) => [k, median(extraRuns.map((e) => e[k] ?? 0))]));
  const result: WorkerResult = { ms: median(all), all, found: found!, extra, peakMB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(result));
}

await main();
