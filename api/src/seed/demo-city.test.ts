import { describe, expect, it } from 'vitest';
import type { CountiesResponse } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { NOW, demoPasswordHash, loginAs, sqlRows, testStore } from '../test/fixture.ts';
import { seedDemoCity } from './demo-city.ts';

describe('WANGGE_SEED=demo-city', () => {
  it('seeds Dafang and two synthetic neighbours, each with accounts of its own, once', async () => {
    const store = await testStore();
    const clock = fixedClock(NOW);
    expect(await seedDemoCity(store, clock(), demoPasswordHash)).toEqual(['dafang', '520598', '520597']);
    expect(await seedDemoCity(store, clock(), demoPasswordHash)).toEqual([]);
    const app = createApp({ store, clock });
    const counties = (await (await app.request('/api/counties')).json()) as CountiesResponse;
    expect(counties.map((c) => [c.id, c.code, c.name, c.synthetic, c.grids])).toEqual([
      ['dafang', '520521', '大方县', false, 30],
      ['520597', '520597', '示例西县', true, 30],
      ['520598', '520598', '示例东县', true, 32],
    ]);
    const east = await loginAs(app, '520598-planner');
    const grids = (await (await app.request('/api/grids', { headers: { cookie: east } })).json()) as { features: unknown[] };
    expect(grids.features).toHaveLength(32);
    expect(await sqlRows(store, "select count(*) as n from weekly_reports where county_id = '520597'")).not.toEqual([{ n: 0 }]);
  });
});
