import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '@wangge/api';
import { generateCity } from './lib/bench-scale/generate.ts';
import { countRows, loadCity } from './lib/bench-scale/load.ts';
import { benchOptions } from './lib/bench-scale/size.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench:scale generator and loader (tiny city, SQLite)', () => {
  it('loads every county, tops problems and users up to the asked counts, and reaches the report count', async () => {
    const size = { counties: 2, gridsPerCounty: 12, problems: 500, reports: 300, users: 150 };
    const city = generateCity(size);
    expect(city.counties.map((d) => d.grids.features.length)).toEqual([12, 12]);
    const store = openSqliteStore(join(dir, 'tiny.db'));
    try {
      const counts = await loadCity(store, city, size, { now: Date.UTC(2026, 11, 3, 9), demoPasswordHash: 'x' });
      expect(counts).toEqual(await countRows(store));
      expect(counts.counties).toBe(2);
      expect(counts.grids).toBe(24);
      expect(counts.problems).toBe(500);
      expect(counts.users).toBe(150);
      // the history is whole weeks of ~85% of the grid–unit pairs: at least the asked count, less than a week more
      const pairs = city.counties.reduce((n, d) => n + d.organisation.gridUnits.length, 0);
      expect(counts.reports).toBeGreaterThanOrEqual(300 * 0.8);
      expect(counts.reports).toBeLessThanOrEqual(city.historyWeeks * pairs);
    } finally {
      await store.close();
    }
  });

  it('reads its flags, naming a bad one', () => {
    expect(benchOptions(['--counties', '10', '--problems', '200000'])).toMatchObject({ counties: 10, gridsPerCounty: 300, problems: 200000, clients: 100 });
    expect(() => benchOptions(['--seconds', 'soon'])).toThrow(/--seconds "soon"/);
  });
});
