import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DATASET_FILES, readDataset } from '@wangge/geodata';
import { syntheticMain } from './synthetic-cli.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'synthetic-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** runs the CLI in-process, with what it printed */
function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...x) => void out.push(x.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...x) => void err.push(x.join(' ')));
  try {
    return { code: syntheticMain(args), stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const files = (folder: string) => Object.fromEntries(Object.values(DATASET_FILES).map((f) => [f, readFileSync(join(folder, f), 'utf8')]));
const read = (folder: string) => {
  const f = files(folder);
  const json = (name: string) => JSON.parse(f[name]);
  return readDataset({
    communities: json(DATASET_FILES.communities),
    grids: json(DATASET_FILES.grids),
    organisation: json(DATASET_FILES.organisation),
    zones: json(DATASET_FILES.zones),
    problems: json(DATASET_FILES.problems),
  });
};

describe('build-geodata --synthetic', () => {
  it('writes a county folder the dataset reader loads with no error and no warning', () => {
    const folder = join(dir, 'a');
    const r = run('--synthetic', folder, '--seed', '5', '--code', '520596', '--name', '示例县C', '--grids', '14', '--communities', '4');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('示例县C (520596, synthetic) — 4 communities, 14 grids');
    const reading = read(folder);
    expect(reading.errors).toEqual([]);
    expect(reading.warnings).toEqual([]);
    expect(JSON.parse(files(folder)[DATASET_FILES.organisation]).county).toEqual({ code: '520596', name: '示例县C', synthetic: true });
  });

  it('writes the same bytes for the same seed, and different ones for another', () => {
    run('--synthetic', join(dir, 'b1'), '--seed', '9', '--grids', '10');
    run('--synthetic', join(dir, 'b2'), '--seed', '9', '--grids', '10');
    run('--synthetic', join(dir, 'b3'), '--seed', '10', '--grids', '10');
    expect(files(join(dir, 'b2'))).toEqual(files(join(dir, 'b1')));
    const other = files(join(dir, 'b3'));
    for (const name of Object.values(DATASET_FILES)) expect(other[name], name).not.toBe(files(join(dir, 'b1'))[name]);
  });

  it('refuses bad arguments with exit 2, naming the problem', () => {
    expect(run('--synthetic', join(dir, 'c'), '--grids', 'many').stderr).toContain('--grids must be a whole number (got "many")');
    const r = run('--synthetic', join(dir, 'c'), '--grids', '3', '--communities', '4');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('grids (3) must be at least communities (4)');
    expect(run('--synthetic', join(dir, 'c'), '--city', join(dir, 'd')).stderr).toContain('give either --synthetic <folder> or --city <folder>');
    expect(run('--synthetic', join(dir, 'c'), '--colour', 'red').code).toBe(2);
  });
});

describe('build-geodata --city', () => {
  it('writes one folder per county, named by its code, each loadable', () => {
    const folder = join(dir, 'city');
    const r = run('--city', folder, '--counties', '3', '--grids', '12', '--seed', '4');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 synthetic counties (529010 … 529012), 36 grids');
    expect(readdirSync(folder).sort()).toEqual(['529010', '529011', '529012']);
    const reading = read(join(folder, '529011'));
    expect(reading.errors).toEqual([]);
    expect(reading.warnings).toEqual([]);
  });
});
