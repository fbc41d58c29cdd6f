import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import { NOW, demoPasswordHash, sqlRows, tinyCounty, testStore } from '../test/fixture.ts';
import { twinCounty } from '../test/two-counties.ts';
import { CountyExistsError, loadCounty } from './county-load.ts';
import { seedDataset } from './seed-dataset.ts';

const count = async (store: Awaited<ReturnType<typeof testStore>>, table: string, county: string) =>
  (await sqlRows<{ n: number }>(store, `select count(*) as n from ${table} where county_id = '${county}'`))[0].n;

describe('loading a county into a deployment', () => {
  it('adds a county beside the first, and refuses it twice', async () => {
    const store = await testStore();
    const now = fixedClock(NOW)();
    await seedDataset(store, 'tiny', tinyCounty, now, { historyWeeks: 0, demoPasswordHash });
    expect(await loadCounty(store, 'twin', twinCounty, now)).toEqual({ countyId: '999998', replaced: false, disabledAccounts: [] });
    expect(await count(store, 'grids', '999998')).toBe(3);
    expect(await count(store, 'grids', '999999')).toBe(3);
    await expect(loadCounty(store, 'twin', twinCounty, now)).rejects.toBeInstanceOf(CountyExistsError);
    expect(await count(store, 'grids', '999998')).toBe(3);
  });

  it('replaces a county in one go, keeping its accounts and settings and the other county untouched', async () => {
    const store = await testStore();
    const now = fixedClock(NOW)();
    await seedDataset(store, 'tiny', tinyCounty, now, { historyWeeks: 2, demoPasswordHash, firstWeek: '2026-11-06' });
    await store.db.update(store.t.countySettings).set({ closeGraceHours: 5 });
    await loadCounty(store, 'twin', twinCounty, now);
    // the new plan merges G1 and G2 into one grid and no longer has 乙局 (U2)
    const next = structuredClone(tinyCounty) as typeof tinyCounty;
    const [g1, g2, g3] = next.grids.features;
    g1.geometry = { type: 'Polygon', coordinates: [[[100, 30], [100.01, 30], [100.01, 30.01], [100, 30.01], [100, 30]]] };
    next.grids.features = [g1, g3];
    next.organisation.units = next.organisation.units.filter((u) => u.id !== 'U2');
    next.organisation.gridUnits = next.organisation.gridUnits.filter((g) => g.unitId !== 'U2' && g.gridId !== g2.properties.id);
    next.organisation.people = next.organisation.people.filter((p) => p.gridId !== g2.properties.id);
    const r = await loadCounty(store, 'tiny', next, now, { replace: true });
    expect(r).toEqual({ countyId: '999999', replaced: true, disabledAccounts: ['reporter-u2'] });
    expect(await count(store, 'grids', '999999')).toBe(2);
    expect(await count(store, 'weekly_reports', '999999')).toBe(0);
    expect(await count(store, 'grids', '999998')).toBe(3);
    expect(await sqlRows(store, "select close_grace_hours as g, first_week as w from county_settings where county_id = '999999'")).toEqual([{ g: 5, w: '2026-11-06' }]);
    expect(await sqlRows(store, "select id, unit_id as u, disabled as d from users where id in ('reporter-u1', 'reporter-u2') order by id")).toEqual([
      { id: 'reporter-u1', u: 'U1', d: store.dialect === 'sqlite' ? 0 : false },
      { id: 'reporter-u2', u: null, d: store.dialect === 'sqlite' ? 1 : true },
    ]);
  });
});
