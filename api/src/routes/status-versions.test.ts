import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { CityStatusResponse, StatusResponse } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { dataVersion } from '../db/data-versions.ts';
import { loginAs, storeReport, tinyApp } from '../test/fixture.ts';
import { twoCountyApp } from '../test/two-counties.ts';

// the week before NOW's: due on Monday 23 November 12:00, not closed until the grace has passed
const WEEK = '2026-11-20';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

async function status(app: App, week = WEEK) {
  const res = await app.request(`/api/status?week=${week}`);
  expect(res.status).toBe(200);
  return (await res.json()) as StatusResponse;
}

const unitsOf = (body: StatusResponse, gridId: string) => body.grids.find((g) => g.gridId === gridId)?.units.map((u) => [u.unitId, u.unitName, u.status]);

describe('a week status kept between requests', () => {
  it('follows every write made straight to the database, as another process or a tool would make it', async () => {
    const { store, app } = await tinyApp();
    const { db, t } = store;
    const first = await status(app);
    expect(first.grids.find((g) => g.gridId === 'G1')?.status).toBe('missing');
    expect(await status(app)).toEqual(first);

    await storeReport(store, 'U1', 'G1', WEEK, '2026-11-23T11:00:00+08:00');
    expect(unitsOf(await status(app), 'G1')?.[0]).toEqual(['U1', expect.any(String), 'on_time']);

    await db.update(t.weeklyReports).set({ submittedAt: Date.parse('2026-11-23T13:00:00+08:00') }).where(eq(t.weeklyReports.unitId, 'U1'));
    expect(unitsOf(await status(app), 'G1')?.[0]?.[2]).toBe('late');

    await db.delete(t.weeklyReports).where(eq(t.weeklyReports.unitId, 'U1'));
    expect(unitsOf(await status(app), 'G1')?.[0]?.[2]).toBe('missing');

    await db.update(t.units).set({ name: '改名后的单位' }).where(eq(t.units.id, 'U1'));
    expect(unitsOf(await status(app), 'G1')?.[0]?.[1]).toBe('改名后的单位');

    await db.delete(t.gridUnits).where(eq(t.gridUnits.gridId, 'G2'));
    expect(unitsOf(await status(app), 'G2')).toEqual([]);

    await db.insert(t.exemptWeeks).values({ week: WEEK, reason: '国庆', createdAt: 0 });
    const exempt = await status(app);
    expect(exempt.exempt).toBe(true);
    expect(exempt.counts.exempt).toBe(3);
  });

  it('moves with the clock: the same rows are pending up to the deadline and missing after it, and each answer tells its own time', async () => {
    const { store } = await tinyApp();
    let now = Date.parse('2026-11-23T11:59:00+08:00');
    const app = createApp({ store, clock: () => now });
    const before = await status(app);
    expect(before.counts.pending).toBe(3);
    expect(before.now).toBe(new Date(now).toISOString());
    now += 30_000;
    expect((await status(app)).now).toBe(new Date(now).toISOString());
    now = Date.parse('2026-11-23T12:00:01+08:00');
    expect((await status(app)).counts.missing).toBe(3);
  });

  it("raises a county's data version with each write to its rows, and only that county's", async () => {
    const { store } = await twoCountyApp();
    const [a, b] = [await dataVersion(store, '999999'), await dataVersion(store, '999998')];
    const at = Date.parse('2026-11-23T11:00:00+08:00');
    await store.db.insert(store.t.weeklyReports).values({ countyId: '999999', unitId: 'U1', gridId: 'G1', week: WEEK, submittedAt: at, updatedAt: at });
    expect(await dataVersion(store, '999999')).not.toBe(a);
    expect(await dataVersion(store, '999998')).toBe(b);
  });

  it('keeps the city overview in step with a report written meanwhile', async () => {
    const { store, app } = await twoCountyApp();
    const leader = await loginAs(app, 'leader');
    const city = async () => (await (await app.request(`/api/city/status?week=${WEEK}`, { headers: { cookie: leader } })).json()) as CityStatusResponse;
    const before = await city();
    expect(before.counties.find((c) => c.countyId === '999999')?.counts.on_time).toBe(0);
    await storeReport(store, 'U1', 'G1', WEEK, '2026-11-23T11:00:00+08:00');
    const after = await city();
    expect(after.counties.find((c) => c.countyId === '999999')?.counts.on_time).toBe(1);
    expect(after.counties.find((c) => c.countyId === '999998')).toEqual(before.counties.find((c) => c.countyId === '999998'));
  });
});
