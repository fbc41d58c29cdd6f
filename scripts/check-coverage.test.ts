import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collection, rect, squares } from '@wangge/geodata/test/coverage-fixtures';

const root = join(import.meta.dirname, '..');
let dir: string;
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};
// the prebuilt command, through the launcher `npm run check-coverage` uses (which rebuilds it
// first if the sources have changed since it was built)
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['scripts/cli.mjs', 'check-coverage', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const inputsFile = join(root, 'scripts/dist/check-coverage.inputs.json');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-coverage-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check-coverage CLI', () => {
  it('npm run check-coverage runs it, stdout holding only the report', () => {
    const g = file('npm.geojson', collection(squares(1, 2, 100)));
    const r = spawnSync('npm', ['run', '-s', 'check-coverage', '--', g, '--json'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.grids).toBe(2);
  });

  it('is rebuilt when a file it was built from has changed since', () => {
    run('--help');
    const before = JSON.parse(readFileSync(inputsFile, 'utf8')) as { builtAt: number; inputs: string[] };
    expect(before.inputs).toContain('geodata/src/coverage/check.ts');
    expect(before.inputs).toContain('scripts/check-coverage.ts');
    // as if every source had been edited after the build
    writeFileSync(inputsFile, JSON.stringify({ ...before, builtAt: 0 }));
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run check-coverage/);
    expect(JSON.parse(readFileSync(inputsFile, 'utf8')).builtAt).toBeGreaterThan(0);
  });

  it('exit 0 and a readable report for a clean coverage', () => {
    const g = file('clean.geojson', collection(squares(2, 2, 100)));
    const b = file('town.geojson', collection([rect('T', 0, 0, 200, 200)]));
    const r = run(g, '--boundary', b);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No defects/);
    expect(r.stderr).toBe('');
  });

  it('exit 1 with defects; --json prints only the report, in the stable shape', () => {
    // a 0.5 m sliver between a and b (100 m²), c overlapping b by 50 × 50 m
    const g = file('bad.geojson', collection([rect('a', 0, 0, 100, 200), rect('b', 100.5, 0, 200, 200), rect('c', 150, 150, 200, 250)]));
    const b = file('town2.geojson', collection([rect('T', 0, 0, 200, 250)]));
    const r = run(g, '--boundary', b, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report).slice(0, 6)).toEqual(['ok', 'summary', 'overlaps', 'gaps', 'outside', 'invalid']);
    expect(report.ok).toBe(false);
    expect(report.overlaps).toHaveLength(1);
    expect(report.overlaps[0].grids).toEqual(['b', 'c']);
    expect(Math.abs(report.overlaps[0].areaM2 - 2500)).toBeLessThan(1);
    // one gap: the sliver (0.5 × 200) opens into the strip above a and b that c only partly
    // covers ([0, 200] × [200, 250] less c's 50 × 50): 100 + 7,500
    expect(report.gaps).toHaveLength(1);
    expect(Math.abs(report.gaps[0].areaM2 - 7600)).toBeLessThan(1);
    expect(report.gaps[0].neighbors).toEqual(['a', 'b', 'c']);
    for (const k of ['grids', 'boundaries', 'coveredPct', 'overlapCount', 'overlapAreaM2', 'gapCount', 'gapAreaM2', 'outsideCount', 'outsideAreaM2', 'invalidCount']) {
      expect(report.summary).toHaveProperty(k);
    }
  });

  it('--min-area leaves smaller pieces out', () => {
    const g = file('sliver.geojson', collection([rect('a', 0, 0, 100, 200), rect('b', 100.5, 0, 200, 200)]));
    const b = file('town3.geojson', collection([rect('T', 0, 0, 200, 200)]));
    const r = run(g, '--boundary', b, '--min-area', '150', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.ignoredPieces).toBe(1);
  });

  it('a bad grid is a defect (exit 1), not an unusable file', () => {
    const bowtie = { type: 'Feature', properties: { id: 'x' }, geometry: { type: 'Polygon', coordinates: [[[105.6, 27.1], [105.61, 27.11], [105.61, 27.1], [105.6, 27.11], [105.6, 27.1]]] } };
    const r = run(file('bowtie.geojson', { type: 'FeatureCollection', features: [bowtie] }), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).invalid).toEqual([{ grid: 'x', reason: 'self-intersection', at: expect.any(Array) }]);
  });

  const swapped = () =>
    collection(squares(1, 2, 100)).features.map((f) => ({
      ...f,
      geometry: { ...f.geometry, coordinates: f.geometry.coordinates.map((ring) => ring.map(([x, y]) => [y, x])) },
    }));
  const unusable: [string, () => string[], RegExp][] = [
    ['a missing file', () => [join(dir, 'missing.geojson')], /cannot read/],
    ['not JSON', () => [file('text.geojson', 'not json at all')], /not JSON/],
    ['a Feature', () => [file('feature.geojson', { type: 'Feature', geometry: null, properties: {} })], /not a FeatureCollection/],
    ['points', () => [file('points.geojson', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } }] })], /Point/],
    ['every coordinate swapped', () => [file('swapped.geojson', { type: 'FeatureCollection', features: swapped() })], /swapped/],
    ['no file', () => [], /no grids file/],
    ['a negative --min-area', () => [file('ok.geojson', collection(squares(1, 1, 10))), '--min-area', '-3'], /min-area/],
    ['an unknown option', () => [file('ok2.geojson', collection(squares(1, 1, 10))), '--frobnicate'], /unknown option/],
    ['--boundary without a file', () => [file('ok3.geojson', collection(squares(1, 1, 10))), '--boundary'], /--boundary needs a file/],
  ];
  it.each(unusable)('exit 2, a message on stderr and nothing on stdout: %s', (_, args, message) => {
    const r = run(...args(), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
