import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssessmentReportResponse, ResultResponse, RoundResponse } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { errorOf, loginAs, tinyApp } from '../test/fixture.ts';
import { prepareAssessment, scoreFixtureRound, sendResult } from '../test/assessment.ts';
import { sendJson } from '../test/problem-steps.ts';

const ROUND = { name: '十二月模拟测评', from: '2026-11-30', to: '2026-12-04', kinds: ['market', 'main_road'], perCommunity: 5, seed: 20261130 };

type App = { request: (p: string, i?: RequestInit) => Response | Promise<Response> };

async function setUp() {
  const env = await tinyApp(undefined, mkdtempSync(join(tmpdir(), 'wangge-report-')));
  const admin = await loginAs(env.app, 'admin');
  const ids = await prepareAssessment(env.app, env.store, admin);
  const round = (await (await sendJson(env.app, 'POST', '/api/assessment/rounds', admin, ROUND)).json()) as RoundResponse;
  return { ...env, admin, ids, round, inspector: await loginAs(env.app, 'inspector'), inspector2: await loginAs(env.app, 'inspector2') };
}

const report = async (app: App, cookie: string, roundId: string) => {
  const res = await app.request(`/api/assessment/rounds/${roundId}/report?format=json`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as AssessmentReportResponse;
};
const rows = (groups: AssessmentReportResponse['byUnit']) => groups.map((g) => [g.name, g.score, g.previous, g.points]);

describe('GET /api/assessment/rounds/:id/report', () => {
  /**
   * The scores tests' round, worked by hand (test/assessment.ts): passed weight 3 + 5 + 4 + 10 + 5 = 27
   * of 5 + 10 + 5 + 10 + 8 = 38 → 71.05… → 71.1 overall; four items failed, each filing a problem.
   */
  it('reports the overall score, the tables by street office, community, unit and kind, and each failed item with its problem', async () => {
    const { app, round, ids, inspector, inspector2 } = await setUp();
    await scoreFixtureRound(app, round.id, ids, inspector, inspector2);
    const leader = await loginAs(app, 'leader');
    const r = await report(app, leader, round.id);
    expect(r.round).toEqual({ id: round.id, name: '十二月模拟测评', from: '2026-11-30', to: '2026-12-04', seed: 20261130, perCommunity: 5, kinds: ['market', 'main_road'] });
    expect([r.issuer, r.countyName, r.sampled, r.scored, r.previousRound]).toEqual(['县创文办', '测试县', 5, 5, null]);
    expect(r.overall).toEqual({ score: 71.1, passWeight: 27, countedWeight: 38 });
    expect(rows(r.byStreetOffice)).toEqual([
      ['西街道', 83.3, null, 2],
      ['东街道', 60, null, 3],
    ]);
    expect(rows(r.byCommunity)).toEqual([
      ['乙社区', 100, null, 1],
      ['丙社区', 62.5, null, 1],
      ['甲社区', 60, null, 3],
    ]);
    expect(rows(r.byUnit)).toEqual([
      ['市场监管局', 100, null, 1],
      ['甲局', 70, null, 2],
      ['乙局', 60, null, 3],
    ]);
    expect(rows(r.byKind)).toEqual([
      ['主干道', 80, null, 1],
      ['农贸市场', 69.7, null, 4],
    ]);
    // each failure, in the drawn order, names the problem its result links to
    const results = (await (await app.request(`/api/assessment/rounds/${round.id}/results`, { headers: { cookie: leader } })).json()) as ResultResponse[];
    const failedThere = results.flatMap((p) => p.items.filter((i) => i.result === 'fail').map((i) => [p.pointId, i.itemId, i.problemId]));
    expect(r.failed.map((f) => [f.pointId, f.itemId, f.problem?.id])).toEqual(failedThere);
    expect(r.failed.map((f) => [f.pointName, f.itemText, f.problem?.status]).sort()).toEqual([
      ['丁市场', '地面干净，无积水垃圾', 'reported'],
      ['乙市场', '公益广告醒目完好', 'reported'],
      ['甲市场', '摊位按区经营，不出店占道', 'reported'],
      ['甲路', '车辆有序停放', 'reported'],
    ]);
  });

  it('sets the overall score beside the previous round’s', async () => {
    const { app, store, round, ids, inspector, inspector2 } = await setUp();
    await scoreFixtureRound(app, round.id, ids, inspector, inspector2);
    const later = createApp({ store, clock: fixedClock('2026-12-09T10:00:00+08:00'), photoDir: mkdtempSync(join(tmpdir(), 'wangge-report-')) });
    const admin = await loginAs(later, 'admin');
    const second = (await (await sendJson(later, 'POST', '/api/assessment/rounds', admin, { ...ROUND, name: '第二轮', kinds: ['market'], perCommunity: 1, seed: 7 })).json()) as RoundResponse;
    const m1 = second.sample.find((s) => s.communityId === 'C1')!.pointId;
    const items = [{ itemId: 'market-1', result: 'pass' }, { itemId: 'market-2', result: 'pass' }, { itemId: 'market-3', result: 'pass' }];
    expect((await sendResult(later, await loginAs(later, 'inspector'), second.id, { pointId: m1, items }, { 'market-2': 1 })).status).toBe(200);
    const r = await report(later, admin, second.id);
    expect(r.previousRound).toEqual({ id: round.id, name: '十二月模拟测评', overall: { score: 71.1, passWeight: 27, countedWeight: 38 } });
    // one market of three drawn, all 10 of 10 passed
    expect([r.sampled, r.scored, r.overall]).toEqual([3, 1, { score: 100, passWeight: 10, countedWeight: 10 }]);
    expect(r.failed).toEqual([]);
  });

  it('still reports a round with nothing scored, and goes on to draw the PDF (no local socket here: 503)', async () => {
    const { app, admin, round } = await setUp();
    const r = await report(app, admin, round.id);
    expect([r.sampled, r.scored, r.overall, r.byUnit, r.byKind, r.failed]).toEqual([5, 0, { score: null, passWeight: 0, countedWeight: 0 }, [], [], []]);
    const pdf = await app.request(`/api/assessment/rounds/${round.id}/report`, { headers: { cookie: admin } });
    expect(pdf.status).toBe(503);
    expect((await errorOf(pdf)).code).toBe('unavailable');
  });

  it('answers 404 for an unknown round, 400 for another format, and only to staff', async () => {
    const { app, admin, round } = await setUp();
    const unknown = await app.request('/api/assessment/rounds/AR-NONE/report', { headers: { cookie: admin } });
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('not_found');
    expect((await app.request('/api/assessment/rounds/..%2Fx/report', { headers: { cookie: admin } })).status).toBe(404);
    const docx = await app.request(`/api/assessment/rounds/${round.id}/report?format=docx`, { headers: { cookie: admin } });
    expect(await errorOf(docx)).toMatchObject({ code: 'bad_query', message: 'format "docx" must be pdf, json' });
    expect((await app.request(`/api/assessment/rounds/${round.id}/report`)).status).toBe(401);
    expect((await app.request(`/api/assessment/rounds/${round.id}/report`, { headers: { cookie: await loginAs(app, 'reporter-u1') } })).status).toBe(403);
  });
});
