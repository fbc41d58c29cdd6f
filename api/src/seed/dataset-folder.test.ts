import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConfigResponse, GridsResponse } from '@wangge/geodata';
import { tinyDatasetFiles } from '@wangge/geodata/test/dataset-fixtures';
import { createApp } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { sqlRow, sqlRows, testStore } from '../test/fixture.ts';
import { DatasetError, readDatasetFolder, seedFromFolder } from './dataset-folder.ts';

const NOW = '2026-11-25T02:00:00Z';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wangge-county-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

function countyFolder(edit: (f: ReturnType<typeof tinyDatasetFiles>) => void = () => {}): string {
  const f = tinyDatasetFiles();
  edit(f);
  return folderWith({ 'communities.geojson': f.communities, 'grids.geo.json': f.grids, 'organisation.json': f.organisation, 'zones.geojson': f.zones, 'problems.json': f.problems });
}

describe('a county dataset folder', () => {
  it('seeds an empty database that the API then serves, with no made-up history and no accounts', async () => {
    const store = await testStore();
    const r = await seedFromFolder(store, countyFolder(), Date.parse(NOW));
    expect(r).toEqual({ seeded: true, dataset: '试点县 (999999)', warnings: [] });
    expect(await sqlRows(store, 'select * from users')).toEqual([]);
    expect(await sqlRows(store, 'select * from weekly_reports')).toEqual([]);
    expect(await sqlRow(store, 'select count(*) n from people')).toEqual({ n: 6 });
    const app = createApp({ store, clock: fixedClock(NOW) });
    const config = (await (await app.request('/api/config')).json()) as ConfigResponse;
    expect(config.county).toEqual({ code: '999999', name: '试点县' });
    const grids = (await (await app.request('/api/grids')).json()) as GridsResponse;
    expect(grids.features.map((g) => [g.properties.code, g.properties.unitNames])).toEqual([
      ['999999001001001', ['住建局']],
      ['999999001001002', ['市场监管局']],
    ]);
    const located = (await (await app.request('/api/locate?lon=105.6065&lat=27.1472')).json()) as { grid: { id: string } | null; zones: { id: string }[] };
    expect(located.grid?.id).toBe('G1');
    expect(located.zones.map((z) => z.id)).toEqual(['Z1']);
  });

  it('leaves a database that holds a dataset as it is', async () => {
    const store = await testStore();
    await seedFromFolder(store, countyFolder(), Date.parse(NOW));
    const again = await seedFromFolder(store, countyFolder((f) => (f.organisation.county.name = '别的县')), Date.parse(NOW));
    expect(again).toMatchObject({ seeded: false, dataset: '试点县 (999999)' });
  });

  it('loads nothing from a folder with errors, and lists every one', async () => {
    const store = await testStore();
    const folder = countyFolder((f) => {
      f.grids.features[0].properties.areaId = 'A9';
      f.organisation.units[0].id = 'U2';
    });
    const err = await seedFromFolder(store, folder, Date.parse(NOW)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatasetError);
    expect((err as DatasetError).errors).toEqual([
      'organisation.json: units[1]: id "U2" is used already by units[0]',
      'organisation.json: gridUnits[0]: unitId "U1" is not in units',
      'grids.geojson: feature 0 (G1): areaId "A9" is not a 片区 in organisation.json',
    ]);
    expect(await sqlRows(store, 'select * from grids')).toEqual([]);
    expect(await sqlRows(store, 'select * from meta')).toEqual([]);
  });

  it('names missing and unreadable files', () => {
    const f = tinyDatasetFiles();
    expect(readDatasetFolder(folderWith({ 'communities.geojson': f.communities, 'organisation.json': '{"county": ' })).errors).toEqual([
      expect.stringMatching(/^grids\.geojson: missing from /),
      expect.stringMatching(/^organisation\.json: not JSON \(/),
    ]);
    expect(readDatasetFolder('/nonexistent/county').errors).toEqual(['/nonexistent/county: not a folder']);
  });
});
