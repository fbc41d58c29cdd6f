import { describe, expect, it } from 'vitest';
import type { GridDetailResponse, StatusResponse } from '@wangge/geodata';
import { errorOf, storeReport, tinyApp } from '../test/fixture.ts';

const WEEK = '2026-11-20';

async function status(app: Awaited<ReturnType<typeof tinyApp>>['app'], week: string) {
  const res = await app.request(`/api/status?week=${week}`);
  expect(res.status).toBe(200);
  return (await res.json()) as StatusResponse;
}

describe('GET /api/status', () => {
  it('judges the Monday 12:00 deadline to the second and takes the worst unit per grid', async () => {
    const { store, app } = await tinyApp('2026-11-25T10:00:00+08:00');
    await storeReport(store, 'U1', 'G1', WEEK, '2026-11-23T11:59:59+08:00');
    await storeReport(store, 'U2', 'G1', WEEK, '2026-11-23T12:00:01+08:00');
    await storeReport(store, 'U3', 'G3', WEEK, '2026-11-23T12:00:00+08:00');
    const body = await status(app, WEEK);
    const byId = Object.fromEntries(body.grids.map((g) => [g.gridId, g]));
    expect(byId.G1.units.map((u) => [u.unitId, u.status])).toEqual([['U1', 'on_time'], ['U2', 'late']]);
    expect(byId.G1.status).toBe('late');
    expect(byId.G2.status).toBe('missing');
    expect(byId.G3.status).toBe('on_time');
    expect(body.counts).toEqual({ missing: 1, late: 1, pending: 0, on_time: 1, not_due: 0, exempt: 0 });
    expect(body.dueAt).toBe('2026-11-23T04:00:00.000Z');
    expect(body.opensAt).toBe('2026-11-20T08:00:00.000Z');
  });

  it('is not_due before Friday 16:00 and pending until Monday noon', async () => {
    expect((await status((await tinyApp('2026-11-20T15:59:59+08:00')).app, WEEK)).counts.not_due).toBe(3);
    expect((await status((await tinyApp('2026-11-20T16:00:00+08:00')).app, WEEK)).counts.pending).toBe(3);
    expect((await status((await tinyApp('2026-11-23T12:00:00+08:00')).app, WEEK)).counts.pending).toBe(3);
    expect((await status((await tinyApp('2026-11-23T12:00:01+08:00')).app, WEEK)).counts.missing).toBe(3);
  });

  it('shows an exempt week as exempt for every grid', async () => {
    const { store, app } = await tinyApp();
    await store.db.insert(store.t.exemptWeeks).values({ week: WEEK, reason: '国庆', createdAt: 0 });
    const body = await status(app, WEEK);
    expect(body.exempt).toBe(true);
    expect(body.counts.exempt).toBe(3);
  });

  it('names the problem with a bad week', async () => {
    const { app } = await tinyApp();
    for (const [q, needle] of [['', 'required'], ['?week=2026-11-19', 'Thursday'], ['?week=2026-13-01', 'not a real'], ['?week=yesterday', 'YYYY-MM-DD']]) {
      const res = await app.request(`/api/status${q}`);
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('bad_week');
      expect(error.message).toContain(needle);
    }
  });
});

describe('GET /api/grids/:id', () => {
  it('gives the panel its people, area, units and an 8-week history', async () => {
    const { store, app } = await tinyApp();
    await storeReport(store, 'U1', 'G1', '2026-11-13', '2026-11-14T09:00:00+08:00');
    await storeReport(store, 'U2', 'G1', '2026-11-13', '2026-11-16T09:00:00+08:00');
    const res = await app.request(`/api/grids/G1?week=${WEEK}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as GridDetailResponse;
    expect(body.grid.code).toBe('999999001001001');
    expect(body.community.name).toBe('甲社区');
    expect(body.streetOffice.name).toBe('东街道');
    expect(body.area).toMatchObject({ name: '第一片区', leaderTitle: '副县长' });
    expect(body.units.map((u) => [u.name, u.lead])).toEqual([['甲局', true], ['乙局', false]]);
    expect(body.manager?.name).toBe('管理员0');
    expect(body.supervisors).toHaveLength(2);
    expect(body.history.map((h) => h.week)).toEqual(['2026-10-02', '2026-10-09', '2026-10-16', '2026-10-23', '2026-10-30', '2026-11-06', '2026-11-13', '2026-11-20']);
    expect(body.history.at(-2)?.status).toBe('on_time');
    expect(body.history.at(-1)?.status).toBe('missing');
  });

  it('404s an unknown grid with its id in the message', async () => {
    const res = await (await tinyApp()).app.request('/api/grids/NOPE');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).message).toContain('NOPE');
  });
});
