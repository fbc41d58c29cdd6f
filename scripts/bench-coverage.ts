/**
 * npm run bench:coverage -- [--sizes 30,300,3000,10000] [--runs k] [--no-peers] [--profile] [--cpu-prof] [--seed n]
 *   [--process-sizes 10000] [--process-runs k] [--province 100000] [--no-validity]
 *
 * --profile prints wangge's median time per phase; --cpu-prof runs wangge's worker under V8's
 * sampling profiler and prints its hottest functions (self time) for each dataset.
 *
 * Synthetic coverages around Dafang (Voronoi cells clipped to a town boundary, edges densified to
 * ~10 m, known defects injected), clean and with 1e-9° vertex jitter; wangge's check, GEOS and
 * mapshaper on the same data in the same run, in-process (after warm-up) and, for the clean copy
 * at --process-sizes, as whole processes (npm run check-coverage against mapshaper's CLI and a
 * node process running GEOS). Then a province (--province grids, clean, cells the size of the
 * town's, memory reported; peers one cold run each, 0 skips it) and single grids shaped against
 * the validity test: sawtooth rings and a million-vertex circle. Prints the tables; asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCoverage } from '@wangge/geodata';
import { generateCoverage, jitterCoverage } from './lib/bench-coverage/generate.ts';
import { summariseCpuProfile } from './lib/bench-coverage/cpu-profile.ts';
import { bundleGeosProcess, timeWholeProcesses } from './lib/bench-coverage/process.ts';
import { benchDataset } from './lib/bench-coverage/run.ts';
import { median, renderTable, type Row } from './lib/bench-coverage/table.ts';
import { validityRows } from './lib/bench-coverage/validity.ts';

function parseArgs(argv: string[]) {
  const opts = {
    sizes: [30, 300, 3000, 10000],
    runs: 0,
    peers: true,
    profile: false,
    cpuProf: false,
    seed: 20240601,
    processSizes: [10000],
    processRuns: 3,
    province: 100000,
    validity: true,
  };
  const list = (v: string) => v.split(',').filter((x) => x.trim() !== '').map((x) => Number(x.replace(/_/g, '')));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--sizes') opts.sizes = list(value());
    else if (a === '--process-sizes') opts.processSizes = list(value());
    else if (a === '--process-runs') opts.processRuns = Number(value());
    else if (a === '--province') opts.province = Number(value().replace(/_/g, ''));
    else if (a === '--no-validity') opts.validity = false;
    else if (a === '--runs') opts.runs = Number(value());
    else if (a === '--seed') opts.seed = Number(value());
    else if (a === '--no-peers') opts.peers = false;
    else if (a === '--profile') opts.profile = true;
    else if (a === '--cpu-prof') opts.cpuProf = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if ([...opts.sizes, ...opts.processSizes].some((n) => !Number.isInteger(n) || n < 3)) throw new Error('--sizes, --process-sizes: integers ≥ 3');
  if (!Number.isInteger(opts.province) || (opts.province !== 0 && opts.province < 3)) throw new Error('--province: a number of grids, or 0 to skip');
  if (!Number.isInteger(opts.processRuns) || opts.processRuns < 1) throw new Error('--process-runs: a positive integer');
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

/** Puts the whole-process times on the in-process rows of the same data and tool. */
function attachWholeProcess(rows: Row[], n: number, data: string, results: ReturnType<typeof timeWholeProcesses>, base: Omit<Row, 'tool' | 'medianMs' | 'score'>) {
  const here = rows.filter((r) => r.n === n && r.data === data);
  const onto: Record<string, string> = { 'wangge: npm run check-coverage': 'wangge', 'mapshaper CLI -mosaic': 'mapshaper -mosaic', 'GEOS (geos-wasm) +gaps, one node process': 'GEOS +gaps (union)' };
  for (const r of results) {
    const row = here.find((x) => x.tool === onto[r.tool]);
    const process = { wallMs: r.wallMs, cpuMs: r.cpuMs };
    if (row) {
      row.process = process;
      if (!r.score.exact) row.note = [row.note, 'whole process NOT exact'].filter(Boolean).join('; ');
    } else {
      const extra: Row = { ...base, tool: r.tool, medianMs: NaN, process, score: r.score, note: 'whole process only' };
      if (here.length) rows.splice(rows.indexOf(here[here.length - 1]) + 1, 0, extra);
      else rows.push(extra);
    }
  }
}

function fastestPeer(rows: Row[], n: number | string, data: string, pick: (r: Row) => number | undefined) {
  const peers = rows.filter((r) => r.n === n && r.data === data && !r.tool.startsWith('wangge') && r.score && pick(r) !== undefined && !Number.isNaN(pick(r)));
  return peers.length ? peers.reduce((a, b) => (pick(b)! < pick(a)! ? b : a)) : null;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const load0 = loadavg();
  const rows: Row[] = [dafangRow(opts.runs)];
  const profiles = opts.profile ? new Map<string, Record<string, number>>() : undefined;
  const cpuProfiles: string[] = [];
  const geosProcess = opts.peers && opts.processSizes.length ? await bundleGeosProcess() : null;
  const sizes = [...new Set([...opts.sizes, ...opts.processSizes])].sort((a, b) => a - b);
  for (const n of sizes) {
    const t = performance.now();
    const clean = generateCoverage({ n, seed: opts.seed });
    const gen = performance.now() - t;
    const runs = opts.runs || (n >= 3000 ? 3 : 7);
    process.stderr.write(`N = ${n}: ${clean.vertices} vertices, ${clean.injected.length} defects injected (generated in ${gen.toFixed(0)} ms), ${runs} runs\n`);
    if (opts.sizes.includes(n)) {
      for (const [s, label] of [[clean, 'clean'], [jitterCoverage(clean), 'jitter 1e-9°']] as const) {
        const cpuProfileDir = opts.cpuProf ? mkdtempSync(join(tmpdir(), 'bench-coverage-prof-')) : undefined;
        rows.push(...benchDataset(s, label, { runs, peers: opts.peers, profiles, cpuProfileDir }));
        if (cpuProfileDir) {
          cpuProfiles.push(`wangge, N = ${n}, ${label}:`, ...summariseCpuProfile(cpuProfileDir).map((l) => `  ${l}`));
          rmSync(cpuProfileDir, { recursive: true, force: true });
        }
      }
    }
    if (opts.processSizes.includes(n)) {
      process.stderr.write(`N = ${n}: whole processes, ${opts.processRuns} rounds\n`);
      const dir = mkdtempSync(join(tmpdir(), 'bench-coverage-process-'));
      try {
        const results = timeWholeProcesses(clean, dir, opts.processRuns, geosProcess);
        const kept = opts.peers ? results : results.filter((r) => r.tool.startsWith('wangge'));
        attachWholeProcess(rows, n, 'clean', kept, { n, vertices: clean.vertices, data: 'clean' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  if (opts.province) {
    const n = opts.province;
    const t = performance.now();
    // cells as large as the town's at 10,000 (~60 m across): the area grows with the count
    const province = generateCoverage({ n, seed: opts.seed, radiusM: 3400 * Math.sqrt(n / 10000) });
    process.stderr.write(`province, N = ${n}: ${province.vertices} vertices, ${province.injected.length} defects injected (generated in ${(performance.now() - t).toFixed(0)} ms)\n`);
    rows.push(...benchDataset(province, 'province, clean', { runs: opts.runs || 3, peers: opts.peers, profiles, peerRuns: 1, warmPeers: false, peerNote: 'one cold run' }));
  }
  if (opts.validity) {
    process.stderr.write('validity: sawtooth and circle grids\n');
    rows.push(...validityRows({ sawteeth: [8000, 16000, 32000, 50000], previousUpTo: 32000, circle: 1_000_000, runs: opts.runs || 5 }));
  }
  const load1 = loadavg();

  console.log(`load average ${load0.map((x) => x.toFixed(1)).join(' ')} at the start, ${load1.map((x) => x.toFixed(1)).join(' ')} at the end (${os()})\n`);
  console.log(renderTable(rows));
  console.log('');
  const datasets = [...new Set(rows.filter((r) => r.score).map((r) => `${r.n}\u0000${r.data}`))].map((k) => k.split('\u0000'));
  for (const [nKey, data] of datasets) {
    const n = rows.find((r) => String(r.n) === nKey)!.n;
    const ours = rows.find((r) => r.n === n && r.data === data && r.tool === 'wangge');
    if (!ours) continue;
    const fastest = fastestPeer(rows, n, data, (r) => r.medianMs);
    if (fastest) {
      const mem = ours.peakMB !== undefined ? `; peak ${ours.peakMB.toFixed(0)} MB (${fastest.tool} ${fastest.peakMB?.toFixed(0) ?? '?'} MB)` : '';
      console.log(`N = ${n}, ${data}: wangge ${ours.medianMs.toFixed(1)} ms in-process, fastest complete peer ${fastest.tool} ${fastest.medianMs.toFixed(0)} ms → ${(fastest.medianMs / ours.medianMs).toFixed(1)}× faster${ours.score?.exact ? ', exact' : ', NOT exact'}${mem}`);
    }
    const whole = fastestPeer(rows, n, data, (r) => r.process?.wallMs);
    if (ours.process && whole?.process) {
      console.log(`N = ${n}, ${data}, whole processes: npm run check-coverage ${ours.process.wallMs.toFixed(0)} ms wall / ${ours.process.cpuMs.toFixed(0)} ms CPU, fastest peer ${whole.tool} ${whole.process.wallMs.toFixed(0)} / ${whole.process.cpuMs.toFixed(0)} ms → ${(whole.process.wallMs / ours.process.wallMs).toFixed(1)}× (wall), ${(whole.process.cpuMs / ours.process.cpuMs).toFixed(1)}× (CPU)`);
    }
  }
  if (profiles) {
    console.log('\nwangge, median ms per phase:');
    for (const [k, p] of profiles) console.log(`  ${k}: ${Object.entries(p).map(([ph, ms]) => `${ph} ${ms.toFixed(1)}`).join(', ')}`);
  }
  if (cpuProfiles.length) console.log(`\n${cpuProfiles.join('\n')}`);
}

function os(): string {
  return `node ${process.version}, ${availableParallelism()} cores`;
}

await main();
