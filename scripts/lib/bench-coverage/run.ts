import type { FeatureCollection, Polygon } from 'geojson';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Found } from './found.ts';
import type { Synthetic } from './generate.ts';
import * as geos from './peers/geos.ts';
import * as mapshaper from './peers/mapshaper.ts';
import { projectCollection } from './peers/project.ts';
import * as wangge from './peers/wangge.ts';
import { score } from './score.ts';
import { median, type Row } from './table.ts';

export interface RunOptions {
  runs: number;
  peers: boolean;
  /** filled with wangge's median milliseconds per phase, per dataset label */
  profiles?: Map<string, Record<string, number>>;
}

// a full collection before each timed call, so no tool pays for the garbage another one left
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * Median of `runs` timed calls after warming up (JIT tiers settle after a few calls of a big
 * function: at least two calls and half a second). The last result is the one scored.
 */
async function timed<T>(runs: number, f: () => T | Promise<T>): Promise<{ ms: number; result: T; all: number[] }> {
  let result = await f();
  const warm = performance.now();
  for (let i = 0; i < 2 || performance.now() - warm < 500; i++) result = await f();
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t = performance.now();
    result = await f();
    all.push(performance.now() - t);
  }
  return { ms: median(all), result, all };
}

/** Every tool on one dataset, same data, same process, one after the other. */
export async function benchDataset(s: Synthetic, data: string, opts: RunOptions): Promise<Row[]> {
  const rows: Row[] = [];
  const base = { n: s.n, vertices: s.vertices, data };
  const phases: Record<string, number>[] = [];
  const w = await timed(opts.runs, () => {
    const profile: Record<string, number> = {};
    const r = wangge.run(s, profile);
    phases.push(profile);
    return r;
  });
  rows.push({ ...base, tool: wangge.name, medianMs: w.ms, score: score(w.result, s) });
  if (opts.profiles) {
    const keys = Object.keys(phases[0] ?? {});
    opts.profiles.set(`${s.n} ${data}`, Object.fromEntries(keys.map((k) => [k, median(phases.slice(1).map((p) => p[k] ?? 0))])));
  }
  if (!opts.peers) return rows;

  const grids: FeatureCollection<Polygon> = projectCollection(s.grids, { isB: 0 });
  const boundary: FeatureCollection<Polygon> = projectCollection(s.boundary, { isB: 1 });
  const geosRuns: { found: Found; times: geos.GeosTimes }[] = [];
  const g = await timed(opts.runs, async () => {
    const r = await geos.run(grids, boundary);
    geosRuns.push(r);
    return r;
  });
  const validity = median(geosRuns.slice(-opts.runs).map((r) => r.times.validityAndOverlapsMs));
  rows.push({ ...base, tool: 'GEOS validity+overlaps', medianMs: validity, score: null, note: 'gaps not looked for' });
  rows.push({ ...base, tool: 'GEOS +gaps (union)', medianMs: g.ms, score: score(g.result.found, s) });
  const m = await timed(opts.runs, () => mapshaper.run({ grids, boundary }));
  rows.push({ ...base, tool: mapshaper.name, medianMs: m.ms, score: score(m.result, s) });
  return rows;
}
