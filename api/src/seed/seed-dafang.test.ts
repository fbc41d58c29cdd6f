import { describe, expect, it } from 'vitest';
import pointOnFeature from '@turf/point-on-feature';
import { dafang } from '@wangge/geodata/dafang';
import type { LocateResponse, StatusResponse } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { sqlRow, sqlRows, testStore } from '../test/fixture.ts';
import { seedDataset } from './seed-dataset.ts';

const clock = fixedClock('2026-11-25T10:00:00+08:00');

async function dafangApp() {
  const store = await testStore();
  await seedDataset(store, 'dafang', dafang, clock());
  return { store, app: createApp({ store, clock }) };
}

describe('the Dafang seed', () => {
  it('is idempotent: a second seed changes nothing', async () => {
    const { store } = await dafangApp();
    const count = () => sqlRow(store, 'select (select count(*) from grids) g, (select count(*) from weekly_reports) r, (select count(*) from problems) p');
    const before = await count();
    expect(await seedDataset(store, 'dafang', dafang, clock() + 7 * 86_400_000)).toEqual({ seeded: false, dataset: 'dafang' });
    expect(await count()).toEqual(before);
    expect(before).toMatchObject({ g: 30, p: dafang.problems.length });
  });

  it('tells a story for the current week and the 8 before it: mostly on time, some late, some missing', async () => {
    const { app } = await dafangApp();
    const weeks = ['2026-10-02', '2026-10-09', '2026-10-16', '2026-10-23', '2026-10-30', '2026-11-06', '2026-11-13', '2026-11-20'];
    const totals = { on_time: 0, late: 0, missing: 0 };
    for (const week of weeks) {
      const body = (await (await app.request(`/api/status?week=${week}`)).json()) as StatusResponse;
      expect(body.grids).toHaveLength(30);
      for (const g of body.grids) for (const u of g.units) if (u.status in totals) totals[u.status as keyof typeof totals] += 1;
    }
    const all = totals.on_time + totals.late + totals.missing;
    expect(totals.on_time / all).toBeGreaterThan(0.6);
    expect(totals.late).toBeGreaterThan(0);
    expect(totals.missing).toBeGreaterThan(0);
  });

  it('locates an interior point of every grid to that grid, with its people', async () => {
    const { app } = await dafangApp();
    for (const f of dafang.grids.features) {
      const [lon, lat] = pointOnFeature(f).geometry.coordinates;
      const body = (await (await app.request(`/api/locate?lon=${lon}&lat=${lat}`)).json()) as LocateResponse;
      expect(body.grid?.id).toBe(f.properties.id);
      expect(body.manager).not.toBeNull();
      expect(body.supervisors.length).toBeGreaterThanOrEqual(2);
      expect(body.units.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('adds a zone’s departments at a point inside it, and answers nulls far outside the town', async () => {
    const { app } = await dafangApp();
    const market = dafang.zones.features.find((z) => z.properties.kind === 'market')!;
    const [lon, lat] = pointOnFeature(market).geometry.coordinates;
    const body = (await (await app.request(`/api/locate?lon=${lon}&lat=${lat}`)).json()) as LocateResponse;
    const zone = body.zones.find((z) => z.id === market.properties.id)!;
    expect(zone.units.map((u) => u.name)).toEqual(['市场监管局', '城市综合执法大队', '交警大队']);
    const outside = (await (await app.request('/api/locate?lon=105.7&lat=27.2')).json()) as LocateResponse;
    expect(outside.grid).toBeNull();
    expect(outside.zones).toEqual([]);
  });

  it('gives each sample problem past 上报 an owner: its grid’s lead unit', async () => {
    const { store } = await dafangApp();
    const rows = await sqlRows<{ id: string; status: string; owner: string | null; lead: string | null; linked: string | null }>(
      store,
      `select p.id, p.status, p.owner_unit_id as owner,
        (select gu.unit_id from grid_units gu where gu.grid_id = p.grid_id and gu.lead) as lead,
        (select pu.role from problem_units pu where pu.problem_id = p.id and pu.unit_id = p.owner_unit_id) as linked
      from problems p order by p.id`,
    );
    expect(rows).toHaveLength(dafang.problems.length);
    for (const r of rows) expect(r, r.id).toEqual(r.status === 'reported' ? { ...r, owner: null, linked: null } : { ...r, owner: r.lead, linked: 'owner' });
    expect(rows.filter((r) => r.owner !== null)).toHaveLength(dafang.problems.filter((p) => p.status !== 'reported').length);
  });
});
