import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProblemDetailResponse, ProblemStatsResponse } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { errorOf, loginAs, tinyApp } from '../test/fixture.ts';
import { PNG } from '../test/problem-steps.ts';

/**
 * A month of problems in the tiny county, each step taken at a set time (Asia/Shanghai), counted
 * by hand. Week 2026-11-13 runs Fri 13 16:00 → Fri 20 16:00; week 2026-11-20 from then until now,
 * Wed 25 10:00 (the fixture's clock). The seeded PR1 (G1, 环境卫生) was filed Mon 23 10:00, due Tue 24 10:00.
 *
 * D  G3 其他        filed Thu 12 10:00 (before both weeks), due Sat 14 10:00, never moved
 * A  G3 乱停乱放     filed Sat 14 09:00, due Sun 15 09:00; 已整改 Thu 19; 退回 Sat 21, 已整改 Sun 22, 已复核 Mon 23
 * E  G3 公厕卫生     filed Mon 16 09:00; 已整改 Mon 16 12:00, 退回 Tue 17, 已整改 again Wed 18 (one fix that week)
 * B  G2 设施损坏     filed Fri 20 15:00 (the earlier week), due Mon 23 15:00; 已交办 Fri 20 17:00
 * C  G1 农贸市场秩序 filed Fri 20 16:00 (the later week), in the market zone (U1, U2 and U3), due Sun 22 16:00
 * Owners (交办): A and E U3, B U2; D, C and PR1 were never assigned. U3 adds a note to the fixed E on
 * Tue 24 (it moves nothing, so counts nothing). Every 已整改 carries a photo (复核 needs one).
 *
 *                 week 11-13: filed fixed verified open overdue    week 11-20: filed fixed verified open overdue
 * all             A B E   3    A E 2    0   D B  2   D  1            C PR1 2   A 1   A 1   D B C PR1 4   4
 * G1 (C, PR1)         0        0        0        0      0                 2       0     0           2   2
 * G2 (B)              1        0        0        1      0                 0       0     0           1   1
 * G3 (D, A, E)        2        2        0        1      1                 0       1     1           1   1
 * owner U3 (A, E)     2        2        0        0      0                 0       1     1           0   0
 * owner U2 (B)        1        0        0        1      0                 0       0     0           1   1
 * no owner (D, C, PR1) 0       0        0        1 D    1                 2       0     0           3   3
 */
async function month() {
  const photoDir = mkdtempSync(join(tmpdir(), 'wangge-stats-'));
  const { app, store } = await tinyApp(undefined, photoDir);
  const step = async (at: string, user: string, method: 'POST' | 'PATCH', path: string, body: Record<string, unknown>) => {
    const timed = createApp({ store, clock: fixedClock(`2026-11-${at}:00+08:00`), photoDir });
    const cookie = await loginAs(timed, user);
    let res: Response;
    if (body.status === 'fixed') {
      const form = new FormData();
      form.append('data', JSON.stringify(body));
      form.append('photo', new Blob([PNG]), 'after.png');
      res = await timed.request(path, { method, headers: { cookie }, body: form });
    } else {
      res = await timed.request(path, { method, headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
    }
    expect(res.status, `${method} ${path} at ${at}`).toBeLessThan(300);
    return (await res.json()) as ProblemDetailResponse;
  };
  const file = async (at: string, lon: number, category: string) => (await step(at, 'inspector', 'POST', '/api/problems', { lon, lat: 30.005, category, description: category })).id;
  const owners: Record<string, string> = {};
  const move = (at: string, user: string, id: string, status: string) =>
    step(at, user, 'PATCH', `/api/problems/${id}`, { status, ...(status === 'assigned' ? { ownerUnitId: owners[id] } : {}), ...(status === 'in_progress' && user === 'inspector' ? { note: '仍有垃圾' } : {}) });
  const unit = 'reporter-u3';

  await file('12T10:00', 100.017, '其他');
  const a = await file('14T09:00', 100.015, '乱停乱放');
  owners[a] = 'U3';
  await move('15T10:00', 'inspector', a, 'assigned');
  await move('16T10:00', unit, a, 'in_progress');
  await move('19T12:00', unit, a, 'fixed');
  const e = await file('16T09:00', 100.016, '公厕卫生');
  owners[e] = 'U3';
  await move('16T10:00', 'inspector', e, 'assigned');
  await move('16T11:00', unit, e, 'in_progress');
  await move('16T12:00', unit, e, 'fixed');
  await move('17T09:00', 'inspector', e, 'in_progress');
  await move('18T09:00', unit, e, 'fixed');
  const b = await file('20T15:00', 100.007, '设施损坏');
  owners[b] = 'U2';
  await move('20T17:00', 'inspector', b, 'assigned');
  await file('20T16:00', 100.0045, '农贸市场秩序');
  await move('21T09:00', 'inspector', a, 'in_progress');
  await move('22T09:00', unit, a, 'fixed');
  await move('23T09:00', 'inspector', a, 'verified');
  await step('24T09:00', unit, 'PATCH', `/api/problems/${e}`, { note: '已增设保洁员' });
  return { app, leader: await loginAs(app, 'leader') };
}

const get = async (app: Awaited<ReturnType<typeof month>>['app'], cookie: string, q: string) => {
  const res = await app.request(`/api/problems/stats?week=2026-11-20&weeks=2&${q}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as ProblemStatsResponse;
};

describe('GET /api/problems/stats', () => {
  it('counts filed, fixed, verified, open and overdue per week, in total and per grid', async () => {
    const { app, leader } = await month();
    const s = await get(app, leader, 'by=grid');
    expect(s.weeks).toEqual(['2026-11-13', '2026-11-20']);
    expect(s.total).toEqual({ filed: [3, 2], fixed: [2, 1], verified: [0, 1], open: [2, 4], overdue: [1, 4] });
    expect(s.series.map((g) => g.key)).toEqual(['G1', 'G3', 'G2']);
    expect(s.series[0]).toMatchObject({ name: '甲社区第1网格', code: '999999001001001', filed: [0, 2], fixed: [0, 0], verified: [0, 0], open: [0, 2], overdue: [0, 2] });
    expect(s.series[1]).toMatchObject({ key: 'G3', filed: [2, 0], fixed: [2, 1], verified: [0, 1], open: [1, 1], overdue: [1, 1] });
    expect(s.series[2]).toMatchObject({ key: 'G2', filed: [1, 0], fixed: [0, 0], verified: [0, 0], open: [1, 1], overdue: [0, 1] });
  });

  it('by unit counts a problem for each responsible unit; by community and category group as named', async () => {
    const { app, leader } = await month();
    const units = Object.fromEntries((await get(app, leader, 'by=unit')).series.map((u) => [u.key, u]));
    // U1: C and PR1 (G1 and the market) · U2: B (G2), C, PR1 · U3: D, A, E (G3) and C (the market)
    expect(units.U1).toMatchObject({ name: '甲局', filed: [0, 2], open: [0, 2], overdue: [0, 2] });
    expect(units.U2).toMatchObject({ filed: [1, 2], open: [1, 3], overdue: [0, 3] });
    expect(units.U3).toMatchObject({ filed: [2, 1], fixed: [2, 1], verified: [0, 1], open: [1, 2], overdue: [1, 2] });
    const communities = (await get(app, leader, 'by=community')).series;
    expect(communities.map((c) => [c.key, c.name, c.filed, c.open])).toEqual([
      ['C1', '甲社区', [1, 2], [1, 3]],
      ['C2', '乙社区', [2, 0], [1, 1]],
    ]);
    const categories = (await get(app, leader, 'by=category')).series;
    expect(categories.find((c) => c.key === '乱停乱放')).toMatchObject({ filed: [1, 0], fixed: [1, 1], verified: [0, 1], open: [0, 0] });
  });

  it('by owner counts each problem once, for its owner unit, and the unassigned in a row of their own', async () => {
    const { app, leader } = await month();
    const s = await get(app, leader, 'by=owner');
    expect(s.series.map((g) => [g.key, g.name])).toEqual([
      ['', ''],
      ['U2', '乙局'],
      ['U3', '市场监管局'],
    ]);
    const [none, u2, u3] = s.series;
    expect(none).toMatchObject({ filed: [0, 2], fixed: [0, 0], verified: [0, 0], open: [1, 3], overdue: [1, 3] });
    expect(u2).toMatchObject({ filed: [1, 0], fixed: [0, 0], verified: [0, 0], open: [1, 1], overdue: [0, 1] });
    expect(u3).toMatchObject({ filed: [2, 0], fixed: [2, 1], verified: [0, 1], open: [0, 0], overdue: [0, 0] });
    // once each: the groups add up to the total
    for (const k of ['filed', 'fixed', 'verified', 'open', 'overdue'] as const) expect([0, 1].map((w) => none[k][w] + u2[k][w] + u3[k][w]), k).toEqual(s.total[k]);
    // the owner filter selects the same problems, whatever the grouping
    expect((await get(app, leader, 'by=grid&owner=U3')).total).toEqual({ filed: [2, 0], fixed: [2, 1], verified: [0, 1], open: [0, 0], overdue: [0, 0] });
    const csv = await (await app.request('/api/problems/stats?week=2026-11-20&weeks=2&by=owner&format=csv', { headers: { cookie: leader } })).text();
    expect(csv.trim().split('\r\n')).toContain('未交办,,2026-11-20,2,0,0,3,3');
  });

  it('takes the list’s filters, exports CSV, and refuses bad queries and non-staff', async () => {
    const { app, leader } = await month();
    const one = await get(app, leader, 'by=grid&category=乱停乱放');
    expect(one.total).toEqual({ filed: [1, 0], fixed: [1, 1], verified: [0, 1], open: [0, 0], overdue: [0, 0] });
    expect((await get(app, leader, 'grid=G2')).total.filed).toEqual([1, 0]);
    const csv = await (await app.request('/api/problems/stats?week=2026-11-20&weeks=2&by=grid&format=csv', { headers: { cookie: leader } })).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('分组,编码,周（周五）,上报,已整改,已复核,周末未整改,周末超期');
    expect(lines.slice(1, 3)).toEqual(['全部,,2026-11-13,3,2,0,2,1', '全部,,2026-11-20,2,1,1,4,4']);
    expect(lines).toContain('甲社区第1网格,999999001001001,2026-11-20,2,0,0,2,2');
    expect(lines).toHaveLength(1 + 4 * 2);
    for (const [q, message] of [
      ['by=street', 'by "street" must be one of grid, unit, owner, category, community'],
      ['weeks=0', 'weeks must be a whole number from 1 to 52'],
      ['weeks=53', 'weeks must be a whole number from 1 to 52'],
      ['weeks=2.5', 'weeks must be a whole number from 1 to 52'],
      ['week=2026-11-19', 'week "2026-11-19" is a Thursday'],
      ['status=open', 'status has unknown values: open'],
    ]) {
      const res = await app.request(`/api/problems/stats?${q}`, { headers: { cookie: leader } });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toContain(message);
    }
    expect((await app.request('/api/problems/stats')).status).toBe(401);
    expect((await app.request('/api/problems/stats', { headers: { cookie: await loginAs(app, 'reporter-u1') } })).status).toBe(403);
  });
});
