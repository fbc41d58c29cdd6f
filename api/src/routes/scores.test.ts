import { describe, expect, it } from 'vitest';
import type { ScoresResponse } from '@wangge/geodata';
import type { Store } from '../db/store.ts';
import { errorOf, loginAs, sqlRows, storeReport, tinyApp } from '../test/fixture.ts';

/** Monday 2026-11-23 13:00: weeks 11-06, 11-13 and 11-20 of 2026Q4 are due (the deployment began 11-06). */
const MONDAY = '2026-11-23T13:00:00+08:00';
const at = (local: string) => Date.parse(`${local}+08:00`);

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

/** A problem owned by `owner`, due at `due`, with its steps [action, to status, time]. */
async function problem(store: Store, id: string, owner: string, due: string, steps: [string, string, string][]) {
  const { db, t } = store;
  const created = at(steps[0][2]);
  const last = steps.at(-1)!;
  await db.insert(t.problems).values({ id, lon: 100.002, lat: 30.002, category: '环境卫生', description: id, status: last[1], gridId: 'G1', createdAt: created, updatedAt: at(last[2]), dueAt: at(due), ownerUnitId: owner });
  let from: string | null = null;
  for (const [action, to, when] of steps) {
    await db.insert(t.problemEvents).values({ problemId: id, fromStatus: from, toStatus: to, action, at: at(when) });
    from = to;
  }
}

/**
 * Hand-counted fixture. Reports (unit, grid) per week: U1/G1 on time ×3; U2: 11-06 G1 missing,
 * G2 late, 11-13 both on time, 11-20 both late; U3/G3: on time, missing, missing.
 * Problems: QA (U1) fixed before its deadline; QB (U1) fixed after it; QC (U2) open past it;
 * QD (U2) open, deadline ahead; QE (U2) fixed, sent back, fixed again, all before its deadline;
 * QF (U3) due and fixed in September (2026Q3).
 */
async function fixture() {
  const ctx = await tinyApp(MONDAY, undefined, '2026-11-06');
  const { store } = ctx;
  const reports: [string, string, string, string][] = [
    ['U1', 'G1', '2026-11-06', '2026-11-07T10:00'],
    ['U2', 'G2', '2026-11-06', '2026-11-10T10:00'],
    ['U3', 'G3', '2026-11-06', '2026-11-08T10:00'],
    ['U1', 'G1', '2026-11-13', '2026-11-14T10:00'],
    ['U2', 'G1', '2026-11-13', '2026-11-14T11:00'],
    ['U2', 'G2', '2026-11-13', '2026-11-16T09:00'],
    ['U1', 'G1', '2026-11-20', '2026-11-21T09:00'],
    ['U2', 'G1', '2026-11-20', '2026-11-23T12:30'],
    ['U2', 'G2', '2026-11-20', '2026-11-23T12:40'],
  ];
  for (const [unit, grid, week, when] of reports) await storeReport(store, unit, grid, week, `${when}:00+08:00`);
  const open = (day: string): [string, string, string][] => [
    ['file', 'reported', `${day}T09:00`],
    ['assign', 'assigned', `${day}T10:00`],
  ];
  await problem(store, 'QA', 'U1', '2026-11-10T10:00', [...open('2026-11-05'), ['start', 'in_progress', '2026-11-07T10:00'], ['fix', 'fixed', '2026-11-09T10:00'], ['verify', 'verified', '2026-11-11T10:00']]);
  await problem(store, 'QB', 'U1', '2026-11-12T10:00', [...open('2026-11-05'), ['start', 'in_progress', '2026-11-07T10:00'], ['fix', 'fixed', '2026-11-14T10:00']]);
  await problem(store, 'QC', 'U2', '2026-11-15T10:00', [...open('2026-11-10'), ['start', 'in_progress', '2026-11-14T10:00']]);
  await problem(store, 'QD', 'U2', '2026-11-30T10:00', open('2026-11-20'));
  await problem(store, 'QE', 'U2', '2026-11-18T10:00', [
    ...open('2026-11-12'),
    ['start', 'in_progress', '2026-11-13T10:00'],
    ['fix', 'fixed', '2026-11-16T10:00'],
    ['return', 'in_progress', '2026-11-17T09:00'],
    ['fix', 'fixed', '2026-11-17T15:00'],
  ]);
  await problem(store, 'QF', 'U3', '2026-09-20T10:00', [...open('2026-09-18'), ['start', 'in_progress', '2026-09-19T10:00'], ['fix', 'fixed', '2026-09-25T10:00']]);
  return ctx;
}

async function scores(app: App, cookie: string, quarter: string): Promise<ScoresResponse> {
  const res = await app.request(`/api/scores?quarter=${quarter}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as ScoresResponse;
}

const putWeights = (app: App, cookie: string, body: unknown) =>
  app.request('/api/score-weights', { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('GET /api/scores (the quarterly 考核)', () => {
  it('scores each unit from the hand-counted indicators, with the formula, ranked', async () => {
    const { app } = await fixture();
    const s = await scores(app, await loginAs(app, 'leader'), '2026Q4');
    expect([s.from, s.to, s.weeks]).toEqual(['2026-10-01', '2026-12-31', ['2026-11-06', '2026-11-13', '2026-11-20']]);
    expect(s.weights).toEqual({ onTime: 40, fixedOnTime: 24, rework: 16, assessment: 20 });
    expect(s.units.map((u) => [u.rank, u.unitId, u.score, u.formula])).toEqual([
      // U1: 3/3 on time, QA of QA+QB fixed by the deadline, nothing sent back of 2 fixed
      [1, 'U1', 85, '(40%×100.0 + 24%×50.0 + 16%×(100−0.0)) ÷ 80% = 85.0'],
      // U3: 1/3 on time; QF was due and fixed in Q3, so no problem counts this quarter
      [2, 'U3', 33.3, '(40%×33.3) ÷ 40% = 33.3'],
      // U2: 2/6 on time; QE (fixed at its deadline) of QE+QC (open, overdue), QD not due yet; QE sent back of 1 fixed
      [3, 'U2', 31.7, '(40%×33.3 + 24%×50.0 + 16%×(100−100.0)) ÷ 80% = 31.7'],
    ]);
    const u2 = s.units.find((u) => u.unitId === 'U2')!;
    expect([u2.onTime, u2.fixedOnTime, u2.rework]).toEqual([
      { count: 2, of: 6, share: 2 / 6 },
      { count: 1, of: 2, share: 0.5 },
      { count: 1, of: 1, share: 1 },
    ]);
  });

  it('counts a quarter before the deployment from its problems alone, and answers an empty quarter honestly', async () => {
    const { app } = await fixture();
    const leader = await loginAs(app, 'leader');
    const q3 = await scores(app, leader, '2026Q3');
    expect(q3.weeks).toEqual([]);
    // QF: due in Q3 and fixed after its deadline (0 of 1), fixed in Q3 and not sent back (0 of 1)
    expect(q3.units.map((u) => [u.rank, u.unitId, u.score, u.formula])).toEqual([[1, 'U3', 40, '(24%×0.0 + 16%×(100−0.0)) ÷ 40% = 40.0']]);
    expect(await scores(app, leader, '2026Q2')).toMatchObject({ quarter: '2026Q2', weeks: [], units: [] });
    expect((await scores(app, leader, '2027Q1')).units).toEqual([]);
  });

  it('takes a new weight table from an admin (audited); equal scores share a rank', async () => {
    const { app, store } = await fixture();
    const admin = await loginAs(app, 'admin');
    expect((await putWeights(app, admin, { onTime: 100, fixedOnTime: 0, rework: 0 })).status).toBe(200);
    const s = await scores(app, admin, '2026Q4');
    expect(s.units.map((u) => [u.rank, u.unitId, u.score, u.formula])).toEqual([
      [1, 'U1', 100, '100%×100.0 = 100.0'],
      // tied: by name (市场监管局 before 乙局 in pinyin order)
      [2, 'U3', 33.3, '100%×33.3 = 33.3'],
      [2, 'U2', 33.3, '100%×33.3 = 33.3'],
    ]);
    expect(await sqlRows(store, "select action from audit_events where entity = 'score_weights'")).toEqual([{ action: 'set' }]);
  });

  it('refuses a malformed weight table, naming what is wrong, and a bad quarter', async () => {
    const { app } = await fixture();
    const admin = await loginAs(app, 'admin');
    const cases: [unknown, string][] = [
      [{ onTime: 50, fixedOnTime: 30 }, 'lacks rework'],
      [{ onTime: 50, fixedOnTime: 30, rework: 10, assessment: 20 }, 'add up to 100 (they add up to 110)'],
      [{ onTime: 50, fixedOnTime: 30, rework: 20, speed: 0 }, 'unknown indicators: speed'],
      [{ onTime: '50', fixedOnTime: 30, rework: 20 }, 'weight of onTime'],
      [{ onTime: 50, fixedOnTime: -10, rework: 60 }, 'weight of fixedOnTime'],
      [{ onTime: 50, fixedOnTime: 30, rework: 10 }, 'add up to 100 (they add up to 90)'],
    ];
    for (const [body, message] of cases) {
      const res = await putWeights(app, admin, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const err = await errorOf(res);
      expect(err.code).toBe('bad_weights');
      expect(err.message).toContain(message);
    }
    for (const q of ['2026Q5', '2026-Q4', '']) expect((await app.request(`/api/scores?quarter=${q}`, { headers: { cookie: admin } })).status, q).toBe(400);
    expect((await putWeights(app, await loginAs(app, 'leader'), { onTime: 100, fixedOnTime: 0, rework: 0 })).status).toBe(403);
    expect((await app.request('/api/scores?quarter=2026Q4')).status).toBe(401);
    expect((await app.request('/api/scores?quarter=2026Q4', { headers: { cookie: await loginAs(app, 'reporter-u1') } })).status).toBe(403);
  });

  it('exports the ranking to Excel with the formula beside the score', async () => {
    const { app } = await fixture();
    const res = await app.request('/api/scores?quarter=2026Q4&format=xlsx', { headers: { cookie: await loginAs(app, 'leader') } });
    expect(res.status).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const rows = book.worksheets[0].getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1, 6));
    expect(rows[0]).toEqual(['排名', '单位', '得分', '计算式', '周报按时率%（权重40%）']);
    expect(rows.slice(1)).toEqual([
      [1, '甲局', 85, '(40%×100.0 + 24%×50.0 + 16%×(100−0.0)) ÷ 80% = 85.0', 100],
      [2, '市场监管局', 33.3, '(40%×33.3) ÷ 40% = 33.3', 33.3],
      [3, '乙局', 31.7, '(40%×33.3 + 24%×50.0 + 16%×(100−100.0)) ÷ 80% = 31.7', 33.3],
    ]);
  });
});
