/**
 * npm run bench:coverage -- [--sizes 30,300,3000,10000] [--runs k] [--no-peers] [--profile] [--cpu-prof] [--seed n]
 *
 * --profile prints wangge's median time per phase; --cpu-prof runs wangge's worker under V8's
 * sampling profiler and prints its hottest functions (self time) for each dataset.
 *
 * Synthetic coverages around Dafang (Voronoi cells clipped to a town boundary, edges densified to
 * ~10 m, known defects injected), clean and with 1e-9° vertex jitter; wangge's check, GEOS and
 * mapshaper on the same data in the same run. Prints the table; asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCoverage } from '@wangge/geodata';
import { generateCoverage, jitterCoverage } from './lib/bench-coverage/generate.ts';
import { summariseCpuProfile } from './lib/bench-coverage/cpu-profile.ts';
import { benchDataset } from './lib/bench-coverage/run.ts';
import { median, renderTable, type Row } from './lib/bench-coverage/table.ts';

function parseArgs(argv: string[]) {
  const opts = { sizes: [30, 300, 3000, 10000], runs: 0, peers: true, profile: false, cpuProf: false, seed: 20240601 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--sizes') opts.sizes = value().split(',').map((x) => Number(x.replace(/_/g, '')));
    else if (a === '--runs') opts.runs = Number(value());
    else if (a === '--seed') opts.seed = Number(value());
    else if (a === '--no-peers') opts.peers = false;
    else if (a === '--profile') opts.profile = true;
    else if (a === '--cpu-prof') opts.cpuProf = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (opts.sizes.some((n) => !Number.isInteger(n) || n < 3)) throw new Error('--sizes: integers ≥ 3');
  if (!Number.isInteger(opts.runs) || opts.runs < 0) throw new Error('--runs: a positive integer');
  return opts;
}

/** The embedded Dafang data: 30 real-shaped grids in 9 communities, each grid held to its own. */
function dafangRow(runs: number): Row {
  const read = (f: string) => JSON.parse(readFileSync(new URL(`../geodata/dafang/${f}`, import.meta.url), 'utf8'));
  const grids = read('grids.geo.json');
  const communities = read('communities.geo.json');
  const gridded = { ...communities, features: communities.features.filter((f: { properties: { gridded: boolean } }) => f.properties.gridded) };
  const own = new Map<string, string>(grids.features.map((f: { properties: { id: string; communityId: string } }) => [f.properties.id, f.properties.communityId]));
  const times: number[] = [];
  let report = checkCoverage(grids, gridded, { gridBoundary: own });
  for (let i = 0; i < Math.max(runs, 20); i++) {
    const t = performance.now();
    report = checkCoverage(grids, gridded, { gridBoundary: own });
    times.push(performance.now() - t);
  }
  const vertices = grids.features.reduce((s: number, f: { geometry: { coordinates: number[][][] } }) => s + f.geometry.coordinates[0].length - 1, 0);
  return {
    n: 30,
    vertices,
    data: 'Dafang (real, 9 communities)',
    tool: 'wangge',
    medianMs: median(times),
    score: null,
    note: report.ok ? 'ok, no defects' : `${report.summary.overlapCount + report.summary.gapCount + report.summary.outsideCount} defects`,
  };
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const rows: Row[] = [dafangRow(opts.runs)];
  const profiles = opts.profile ? new Map<string, Record<string, number>>() : undefined;
  const cpuProfiles: string[] = [];
  for (const n of opts.sizes) {
    const t = performance.now();
    const clean = generateCoverage({ n, seed: opts.seed });
    const jittered = jitterCoverage(clean);
    const gen = performance.now() - t;
    const runs = opts.runs || (n >= 3000 ? 3 : 7);
    process.stderr.write(`N = ${n}: ${clean.vertices} vertices, ${clean.injected.length} defects injected (generated in ${gen.toFixed(0)} ms), ${runs} runs\n`);
    for (const [s, label] of [[clean, 'clean'], [jittered, 'jitter 1e-9°']] as const) {
      const cpuProfileDir = opts.cpuProf ? mkdtempSync(join(tmpdir(), 'bench-coverage-prof-')) : undefined;
      rows.push(...benchDataset(s, label, { runs, peers: opts.peers, profiles, cpuProfileDir }));
      if (cpuProfileDir) {
        cpuProfiles.push(`wangge, N = ${n}, ${label}:`, ...summariseCpuProfile(cpuProfileDir).map((l) => `  ${l}`));
        rmSync(cpuProfileDir, { recursive: true, force: true });
      }
    }
  }
  console.log(renderTable(rows));
  for (const n of opts.sizes) {
    for (const data of ['clean', 'jitter 1e-9°']) {
      const here = rows.filter((r) => r.n === n && r.data === data);
      const ours = here.find((r) => r.tool === 'wangge');
      const peers = here.filter((r) => r.tool !== 'wangge' && r.score);
      if (!ours || peers.length === 0) continue;
      const fastest = peers.reduce((a, b) => (b.medianMs < a.medianMs ? b : a));
      console.log(`N = ${n}, ${data}: wangge ${ours.medianMs.toFixed(1)} ms, fastest complete peer ${fastest.tool} ${fastest.medianMs.toFixed(0)} ms → ${(fastest.medianMs / ours.medianMs).toFixed(1)}× faster`);
    }
  }
  if (profiles) {
    console.log('\nwangge, median ms per phase:');
    for (const [k, p] of profiles) console.log(`  ${k}: ${Object.entries(p).map(([ph, ms]) => `${ph} ${ms.toFixed(1)}`).join(', ')}`);
  }
  if (cpuProfiles.length) console.log(`\n${cpuProfiles.join('\n')}`);
}

await main();
