import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoverageReport } from '@wangge/geodata';
import type { Found } from './found.ts';
import type { Synthetic } from './generate.ts';
import { cliArgs, foundInMosaic } from './peers/mapshaper.ts';
import { projectCollection } from './peers/project.ts';
import { score, type Score } from './score.ts';
import { median } from './table.ts';

const root = join(import.meta.dirname, '../../..');
const TICKS_PER_SECOND = 100;

/** CPU seconds of this process's finished children (Linux /proc: cutime + cstime). */
function childCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(rest[13]) + Number(rest[14])) / TICKS_PER_SECOND;
}

export interface ProcessTool {
  tool: string;
  /** the command line, run from the repository root */
  argv: string[];
  /** what the tool found, from its stdout or the file it wrote */
  found: (stdout: string) => Found;
}

export interface ProcessResult {
  tool: string;
  wallMs: number;
  cpuMs: number;
  score: Score;
}

/**
 * The same file through each tool as a user runs it — a new process each time, start-up, reading
 * and writing included — in rotation so that a change in the machine's load falls on all alike.
 * One untimed round first fills the file cache and builds what needs building.
 */
export function timeWholeProcesses(s: Synthetic, dir: string, runs: number, bundledGeos: string | null): ProcessResult[] {
  const grids = join(dir, 'grids.geojson');
  const town = join(dir, 'town.geojson');
  const gridsP = join(dir, 'grids-plane.geojson');
  const townP = join(dir, 'town-plane.geojson');
  const mosaic = join(dir, 'mosaic.geojson');
  writeFileSync(grids, JSON.stringify(s.grids));
  writeFileSync(town, JSON.stringify(s.boundary));
  // the peers get the plane's metres, as in-process: a head start, not a handicap
  writeFileSync(gridsP, JSON.stringify(projectCollection(s.grids, { isB: 0 })));
  writeFileSync(townP, JSON.stringify(projectCollection(s.boundary, { isB: 1 })));
  const fromReport = (stdout: string): Found => {
    const r = JSON.parse(stdout) as CoverageReport;
    return {
      overlaps: r.overlaps.map((o) => ({ grids: [String(o.grids[0]), String(o.grids[1])], areaM2: o.areaM2 })),
      gaps: r.gaps.map((g) => ({ neighbors: g.neighbors.map(String), areaM2: g.areaM2 })),
      rawPieces: r.overlaps.length + r.gaps.length + r.outside.length + r.summary.ignoredPieces,
    };
  };
  const ours = [grids, '--boundary', town, '--json'];
  const tools: ProcessTool[] = [
    { tool: 'wangge: npm run check-coverage', argv: ['npm', 'run', '-s', 'check-coverage', '--', ...ours], found: fromReport },
    { tool: 'wangge: node scripts/cli.mjs check-coverage', argv: [process.execPath, 'scripts/cli.mjs', 'check-coverage', ...ours], found: fromReport },
    {
      tool: 'mapshaper CLI -mosaic',
      argv: [process.execPath, 'node_modules/mapshaper/bin/mapshaper', '-quiet', ...cliArgs(gridsP, townP, mosaic)],
      found: () => foundInMosaic(JSON.parse(readFileSync(mosaic, 'utf8'))),
    },
  ];
  if (bundledGeos) tools.push({ tool: 'GEOS (geos-wasm) +gaps, one node process', argv: [process.execPath, bundledGeos, gridsP, townP], found: (out) => JSON.parse(out) as Found });

  const times = tools.map(() => ({ wall: [] as number[], cpu: [] as number[], found: null as Found | null }));
  for (let round = 0; round <= runs; round++) {
    tools.forEach((t, i) => {
      const cpu0 = childCpuSeconds();
      const t0 = performance.now();
      const r = spawnSync(t.argv[0], t.argv.slice(1), { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
      const wall = performance.now() - t0;
      const cpu = (childCpuSeconds() - cpu0) * 1000;
      // check-coverage exits 1 when it finds defects, which these files have
      if (r.status !== 0 && r.status !== 1) throw new Error(`${t.tool} failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
      if (round === 0) {
        times[i].found = t.found(r.stdout);
        return;
      }
      times[i].wall.push(wall);
      times[i].cpu.push(cpu);
    });
  }
  return tools.map((t, i) => ({ tool: t.tool, wallMs: median(times[i].wall), cpuMs: median(times[i].cpu), score: score(times[i].found!, s) }));
}

/**
 * GEOS's whole-process script as one JavaScript file (scripts/dist/bench/geos-process.mjs),
 * geos-wasm left outside so it finds its WebAssembly beside itself. Null, with a note on stderr,
 * if it cannot be built.
 */
export async function bundleGeosProcess(): Promise<string | null> {
  const out = join(root, 'scripts/dist/bench/geos-process.mjs');
  try {
    const { build } = await import('esbuild');
    mkdirSync(join(root, 'scripts/dist/bench'), { recursive: true });
    await build({
      absWorkingDir: root,
      entryPoints: ['scripts/lib/bench-coverage/peers/geos-process.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['geos-wasm'],
      outfile: out,
      logLevel: 'warning',
    });
    return out;
  } catch (e) {
    process.stderr.write(`GEOS whole-process script not built, GEOS left out of that column: ${(e as Error).message}\n`);
    return null;
  }
}
