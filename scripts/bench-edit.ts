/**
 * npm run bench:edit -- [--runs k]
 *
 * What a vertex drag costs on Dafang's 30 grids: the shared-vertex move itself (every vertex
 * shared by two or more grids, moved by ~0.5 m), the snap lookup a pointer move makes, and the
 * coverage re-check that follows, against the 16.7 ms of a 60 Hz frame. Prints numbers; asserts nothing.
 */
import { parseArgs } from 'node:util';
import { applyChange, checkCoverage, mergeGrids, moveVertex, snapPosition, splitGrid } from '@wangge/geodata';
import { dafang } from '@wangge/geodata/dafang';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs));
const grids = dafang.grids.features;
const gridded = { ...dafang.communities, features: dafang.communities.features.filter((f) => f.properties.gridded) };
const own = new Map(grids.map((f) => [f.properties.id, f.properties.communityId]));

const owners = new Map<string, number>();
for (const f of grids) for (const p of f.geometry.coordinates.flat(1) as unknown as number[][]) owners.set(`${p[0]},${p[1]}`, 0);
for (const f of grids) {
  const seen = new Set((f.geometry.coordinates.flat(1) as unknown as number[][]).map((p) => `${p[0]},${p[1]}`));
  for (const k of seen) owners.set(k, owners.get(k)! + 1);
}
const shared = [...owners].filter(([, n]) => n >= 2).map(([k]) => k.split(',').map(Number));

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1], n: s.length };
}

function time<T>(fn: () => T): [number, T] {
  const t = performance.now();
  const out = fn();
  return [performance.now() - t, out];
}

for (const p of shared.slice(0, 50)) moveVertex(grids, p, [p[0] + 5e-6, p[1] + 3e-6]);
const move: number[] = [];
const snap: number[] = [];
const check: number[] = [];
const checkBounded: number[] = [];
let refused = 0;
for (let r = 0; r < runs; r++) {
  shared.forEach((p, i) => {
    const to = [p[0] + 5e-6 * Math.cos(i), p[1] + 5e-6 * Math.sin(i)];
    const [ms, result] = time(() => moveVertex(grids, p, to));
    move.push(ms);
    snap.push(time(() => snapPosition(grids, to, { toleranceM: 3, ignore: p }))[0]);
    if (!result.ok) {
      refused++;
      return;
    }
    if (i % 10 !== 0) return;
    const after = { type: 'FeatureCollection' as const, features: applyChange(grids, result.change) };
    check.push(time(() => checkCoverage(after))[0]);
    checkBounded.push(time(() => checkCoverage(after, gridded, { gridBoundary: own }))[0]);
  });
}

const target = grids[4];
const ring = target.geometry.coordinates[0] as number[][];
const xs = ring.map((p) => p[0]);
const ys = ring.map((p) => p[1]);
const mid = (Math.min(...xs) + Math.max(...xs)) / 2;
const line = [[mid, Math.min(...ys) - 0.001], [mid, Math.max(...ys) + 0.001]];
const split = stats(Array.from({ length: 20 }, () => time(() => splitGrid(grids, target.properties.id, line, { newId: 'bench' }))[0]));
const neighbour = grids.find((g) => g !== grids[0] && mergeGrids(grids, grids[0].properties.id, g.properties.id).ok)!;
const merge = stats(Array.from({ length: 20 }, () => time(() => mergeGrids(grids, grids[0].properties.id, neighbour.properties.id))[0]));

const vertices = grids.reduce((s, f) => s + (f.geometry.coordinates[0] as number[][]).length - 1, 0);
const fmt = (x: number) => x.toFixed(3).padStart(8);
const row = (name: string, s: ReturnType<typeof stats>) => console.log(`${name.padEnd(42)}${fmt(s.median)}${fmt(s.p95)}${fmt(s.max)}${String(s.n).padStart(7)}`);
console.log(`Dafang: ${grids.length} grids, ${vertices} vertices, ${shared.length} shared by 2+ grids; ${runs} run(s); node ${process.version}`);
console.log(`${'ms'.padEnd(42)}${'median'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}${'n'.padStart(7)}`);
row('moveVertex (shared vertex, all its grids)', stats(move));
row('snapPosition (3 m, vertex + edge)', stats(snap));
row('checkCoverage after a move (no boundary)', stats(check));
row('checkCoverage after a move (communities)', stats(checkBounded));
const frame = stats(move.map((m, i) => m + snap[i % snap.length]));
row('move + snap', frame);
console.log(`drag frame (move + snap + bounded check, medians): ${(stats(move).median + stats(snap).median + stats(checkBounded).median).toFixed(3)} ms of 16.7`);
row('splitGrid (a grid across its middle)', split);
row('mergeGrids (two neighbours)', merge);
if (refused > 0) console.log(`${refused} moves refused (would self-intersect)`);
