import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '@wangge/api';
import { tinyDatasetFiles } from '@wangge/geodata/test/dataset-fixtures';

const root = join(import.meta.dirname, '..');
let dir: string;

function county(name: string, edit: (f: ReturnType<typeof tinyDatasetFiles>) => void = () => {}): string {
  const folder = join(dir, name);
  const f = tinyDatasetFiles();
  edit(f);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'communities.geojson'), JSON.stringify(f.communities));
  writeFileSync(join(folder, 'grids.geojson'), JSON.stringify(f.grids));
  writeFileSync(join(folder, 'organisation.json'), JSON.stringify(f.organisation));
  return folder;
}

const run = (db: string, ...args: string[]) => {
  const r = spawnSync('npx', ['tsx', 'scripts/load-dataset.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, WANGGE_DB: db } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'load-dataset-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('load-dataset CLI', () => {
  it('--check says whether a folder can be loaded, and writes nothing', () => {
    const db = join(dir, 'never.db');
    const ok = run(db, county('ok'), '--check');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('ok: 试点县 — 1 communities, 2 grids, 0 zones, 2 units, 6 people; 0 warning(s)');
    const bad = run(db, county('bad', (f) => (f.grids.features[1].properties.communityId = 'C2')), '--check');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error: grids.geojson: feature 1 (G2): communityId "C2" is not in communities.geojson');
    expect(existsSync(db)).toBe(false);
  });

  it('loads into a new database once; a second load is refused with exit 2', () => {
    const db = join(dir, 'county.db');
    const first = run(db, county('load'));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('loaded 试点县 (999999)');
    const second = run(db, county('load'));
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('holds the dataset "试点县 (999999)" already');
    const sqlite = openSqliteStore(db).client;
    expect(sqlite.prepare('select count(*) as n from grids').get()).toEqual({ n: 2 });
    sqlite.close();
  });

  it("--replace puts a loaded county's new plan in its place", () => {
    const db = join(dir, 'replace.db');
    expect(run(db, county('before')).code).toBe(0);
    const r = run(db, county('after', (f) => (f.grids.features[1].properties.name = '新名字')), '--replace');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('replaced 试点县 (999999)');
    const sqlite = openSqliteStore(db).client;
    expect(sqlite.prepare('select count(*) as n from counties').get()).toEqual({ n: 1 });
    expect(sqlite.prepare("select name from grids where name = '新名字'").all()).toHaveLength(1);
    sqlite.close();
  });

  it('exit 1 and nothing loaded when the files have errors; exit 2 on bad arguments', () => {
    const db = join(dir, 'refused.db');
    const r = run(db, county('dup', (f) => (f.organisation.people[1].id = 'G1-m')));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: organisation.json: people[1]: id "G1-m" is used already by people[0]');
    const sqlite = openSqliteStore(db).client;
    expect(sqlite.prepare('select count(*) as n from grids').get()).toEqual({ n: 0 });
    sqlite.close();
    expect(run(db).code).toBe(2);
    const crs = run(db, county('dup'), '--crs', 'baidu');
    expect(crs.code).toBe(2);
    expect(crs.stderr).toContain('--crs "baidu" must be wgs84, gcj02 or bd09');
  });
});
