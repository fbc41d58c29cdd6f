import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssessmentScoresResponse, ProblemDetailResponse, ResultResponse, RoundResponse, ScoresResponse } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { errorOf, loginAs, sqlRow, sqlRows, tinyApp } from '../test/fixture.ts';
import { prepareAssessment, scoreFixtureRound, sendResult } from '../test/assessment.ts';
import { sendJson } from '../test/problem-steps.ts';

const ROUND = { name: '十二月模拟测评', from: '2026-11-30', to: '2026-12-04', kinds: ['market', 'main_road'], perCommunity: 5, seed: 20261130 };

async function setUp() {
  const env = await tinyApp(undefined, mkdtempSync(join(tmpdir(), 'wangge-assess-')));
  const admin = await loginAs(env.app, 'admin');
  const ids = await prepareAssessment(env.app, env.store, admin);
  return { ...env, admin, ids, inspector: await loginAs(env.app, 'inspector'), inspector2: await loginAs(env.app, 'inspector2') };
}

const pass = (...ids: string[]) => ids.map((itemId) => ({ itemId, result: 'pass' }));
const problemCount = async (store: Awaited<ReturnType<typeof tinyApp>>['store']) => Number((await sqlRow<{ n: number | string }>(store, 'select count(*) as n from problems'))?.n);

describe('a mock-assessment round', () => {
  it('draws the same sample from the same seed, takes all when fewer exist and says so, and hands communities to inspectors', async () => {
    const { app, admin, ids } = await setUp();
    const res = await sendJson(app, 'POST', '/api/assessment/rounds', admin, ROUND);
    expect(res.status).toBe(201);
    const round = (await res.json()) as RoundResponse;
    expect(round).toMatchObject({ name: ROUND.name, from: '2026-11-30', to: '2026-12-04', kinds: ['market', 'main_road'], seed: 20261130, checklistVersions: { market: 1, main_road: 1 }, tookAll: true });
    // every point is drawn: C1 has 2 markets and 1 road, C2 and C3 one market each, all fewer than 5
    expect(round.sample.map((s) => s.pointId).sort()).toEqual(Object.values(ids).sort());
    expect(round.shortfalls).toEqual([
      { communityId: 'C1', kind: 'market', asked: 5, available: 2 },
      { communityId: 'C1', kind: 'main_road', asked: 5, available: 1 },
      { communityId: 'C2', kind: 'market', asked: 5, available: 1 },
      { communityId: 'C3', kind: 'market', asked: 5, available: 1 },
    ]);
    // communities C1, C2, C3 in turn to the inspectors by id: inspector, inspector2, inspector
    const to = Object.fromEntries(round.sample.map((s) => [s.pointId, s.inspectorId]));
    expect(to).toEqual({ [ids.M1]: 'inspector', [ids.M2]: 'inspector', [ids.R1]: 'inspector', [ids.M3]: 'inspector2', [ids.M4]: 'inspector' });
    // one market per community: the seed decides which of C1's two, the same each time
    const one = { ...ROUND, kinds: ['market'], perCommunity: 1, seed: 7 };
    const a = (await (await sendJson(app, 'POST', '/api/assessment/rounds', admin, one)).json()) as RoundResponse;
    const b = (await (await sendJson(app, 'POST', '/api/assessment/rounds', admin, one)).json()) as RoundResponse;
    expect(a.sample.map((s) => s.pointId)).toEqual(b.sample.map((s) => s.pointId));
    // made at the same instant (a fixed clock), they keep the order they were made in
    const scoresOfB = (await (await app.request(`/api/assessment/rounds/${b.id}/scores`, { headers: { cookie: admin } })).json()) as AssessmentScoresResponse;
    expect(scoresOfB.previousRoundId).toBe(a.id);
    const listed = (await (await app.request('/api/assessment/rounds', { headers: { cookie: admin } })).json()) as { id: string; points: number }[];
    expect(listed.map((r) => r.id)).toEqual([b.id, a.id, round.id]);
    expect(listed.map((r) => r.points)).toEqual([3, 3, 5]);
    expect(a.sample).toHaveLength(3);
    expect(a.tookAll).toBe(false);
    const seeds = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const r = (await (await sendJson(app, 'POST', '/api/assessment/rounds', admin, { ...one, seed })).json()) as RoundResponse;
      seeds.add(r.sample.find((s) => s.communityId === 'C1')!.pointId);
    }
    expect([...seeds].sort()).toEqual([ids.M1, ids.M2].sort());
    // read back as leaders see it
    const leader = await loginAs(app, 'leader');
    expect(await (await app.request(`/api/assessment/rounds/${round.id}`, { headers: { cookie: leader } })).json()).toEqual(round);
  });

  it('refuses what cannot make a round: a kind without checklist, no points, not an inspector, not an admin', async () => {
    const { app, admin, inspector } = await setUp();
    const noList = await sendJson(app, 'POST', '/api/assessment/rounds', admin, { ...ROUND, kinds: ['hotel'] });
    expect(noList.status).toBe(422);
    expect(await errorOf(noList)).toMatchObject({ code: 'no_checklist', details: { kinds: ['hotel'] } });
    await sendJson(app, 'PUT', '/api/assessment/checklists/hotel', admin, { items: [{ text: '大堂整洁', weight: 1 }] });
    const noPoints = await sendJson(app, 'POST', '/api/assessment/rounds', admin, { ...ROUND, kinds: ['hotel'] });
    expect((await errorOf(noPoints)).code).toBe('no_points');
    const notInspector = await sendJson(app, 'POST', '/api/assessment/rounds', admin, { ...ROUND, inspectorIds: ['leader'] });
    expect(await errorOf(notInspector)).toMatchObject({ code: 'unknown_inspector', details: { inspectors: ['leader'] } });
    expect((await sendJson(app, 'POST', '/api/assessment/rounds', inspector, ROUND)).status).toBe(403);
  });
});

describe('results', () => {
  it('files one problem per failed item, routed by the point, and none again when the point is sent again', async () => {
    const { app, store, admin, inspector, inspector2, ids } = await setUp();
    const round = (await (await sendJson(app, 'POST', '/api/assessment/rounds', admin, ROUND)).json()) as RoundResponse;
    const before = await problemCount(store);
    const m1 = { pointId: ids.M1, items: [{ itemId: 'market-1', result: 'pass' }, { itemId: 'market-2', result: 'fail', note: '摊位出店' }, { itemId: 'market-3', result: 'na' }] };
    const res = await sendResult(app, inspector, round.id, m1, { 'market-2': 1 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ResultResponse;
    expect(body.problemsFiled).toHaveLength(1);
    expect(body.items.map((i) => [i.itemId, i.result, i.note, i.problemId, i.photoIds.length])).toEqual([
      ['market-1', 'pass', null, null, 0],
      ['market-2', 'fail', '摊位出店', body.problemsFiled[0], 1],
      ['market-3', 'na', null, null, 0],
    ]);
    const problem = (await (await app.request(`/api/problems/${body.problemsFiled[0]}`)).json()) as ProblemDetailResponse;
    // M1 lies in G1, held by U1 (lead) and U2; the category is the item's
    expect(problem).toMatchObject({ category: '农贸市场秩序', gridId: 'G1', status: 'reported' });
    expect(problem.description).toContain('十二月模拟测评');
    expect(problem.description).toContain('摊位出店');
    expect(problem.units.map((u) => u.id).sort()).toEqual(['U1', 'U2']);
    // the item's photo documents the filing
    const photos = (await (await app.request(`/api/problems/${problem.id}/photos`)).json()) as { eventId: number }[];
    expect(photos).toHaveLength(1);
    expect(photos[0].eventId).toBe(problem.events[0].id);
    // sent again (the photo is already there), still failing: the same problem, none new
    const again = (await (await sendResult(app, inspector, round.id, m1)).json()) as ResultResponse;
    expect(again.problemsFiled).toEqual([]);
    expect(again.items[1].problemId).toBe(body.problemsFiled[0]);
    expect(again.items[1].photoIds).toHaveLength(1);
    expect(await problemCount(store)).toBe(before + 1);
    // outside every grid: the community's street office answers
    const m4 = await sendResult(app, inspector, round.id, { pointId: ids.M4, items: [{ itemId: 'market-1', result: 'fail' }, { itemId: 'market-2', result: 'na' }, { itemId: 'market-3', result: 'pass' }] });
    const filed = ((await m4.json()) as ResultResponse).problemsFiled[0];
    expect(await sqlRow(store, `select grid_id as g, street_office_id as s, outside_grids as o from problems where id = '${filed}'`)).toMatchObject({ g: null, s: 'S2' });
    expect(await sqlRows(store, `select unit_id from problem_units where problem_id = '${filed}'`)).toEqual([]);
    // the round links back to each problem
    expect(await sqlRows(store, `select item_id as i from assessment_results where problem_id is not null order by item_id`)).toEqual([{ i: 'market-1' }, { i: 'market-2' }]);
    // M3 is inspector2's
    const notMine = await sendResult(app, inspector, round.id, { pointId: ids.M3, items: pass('market-1', 'market-2', 'market-3') }, { 'market-2': 1 });
    expect(notMine.status).toBe(403);
    expect((await errorOf(notMine)).code).toBe('not_your_point');
    expect((await sendResult(app, inspector2, round.id, { pointId: ids.M3, items: pass('market-1', 'market-2', 'market-3') }, { 'market-2': 1 })).status).toBe(200);
  });

  it('files once when the same failing result arrives twice at the same moment', async () => {
    const { app, store, admin, inspector, ids } = await setUp();
    const round = (await (await sendJson(app, 'POST', '/api/assessment/rounds', admin, { ...ROUND, kinds: ['main_road'] })).json()) as RoundResponse;
    const before = await problemCount(store);
    const r1 = { pointId: ids.R1, items: [{ itemId: 'main_road-1', result: 'fail' }, { itemId: 'main_road-2', result: 'fail' }] };
    const answers = await Promise.all([1, 2, 3].map(() => sendResult(app, inspector, round.id, r1)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const filed = (await Promise.all(answers.map(async (a) => ((await a.json()) as ResultResponse).problemsFiled))).flat();
    expect(filed).toHaveLength(2);
    expect(await problemCount(store)).toBe(before + 2);
  });

  it('refuses a point not in the sample, unknown or missing items, and a photo-required item without a photo, storing nothing', async () => {
    const { app, store, admin, inspector, ids } = await setUp();
    const round = (await (await sendJson(app, 'POST', '/api/assessment/rounds', admin, { ...ROUND, kinds: ['main_road'] })).json()) as RoundResponse;
    const notDrawn = await sendResult(app, inspector, round.id, { pointId: ids.M1, items: pass('market-1') });
    expect(notDrawn.status).toBe(422);
    expect(await errorOf(notDrawn)).toMatchObject({ code: 'not_in_sample', details: { pointId: ids.M1 } });
    const unknown = await sendResult(app, inspector, round.id, { pointId: ids.R1, items: pass('main_road-1', 'main_road-2', 'market-1') });
    expect(await errorOf(unknown)).toMatchObject({ code: 'unknown_item', details: { items: ['market-1'] } });
    const missing = await sendResult(app, inspector, round.id, { pointId: ids.R1, items: pass('main_road-1') });
    expect(await errorOf(missing)).toMatchObject({ code: 'missing_items', details: { items: ['main_road-2'] } });
    const markets = (await (await sendJson(app, 'POST', '/api/assessment/rounds', admin, { ...ROUND, kinds: ['market'] })).json()) as RoundResponse;
    const before = await problemCount(store);
    const noPhoto = await sendResult(app, inspector, markets.id, { pointId: ids.M1, items: [{ itemId: 'market-1', result: 'fail' }, { itemId: 'market-2', result: 'fail' }, { itemId: 'market-3', result: 'pass' }] });
    expect(noPhoto.status).toBe(422);
    expect(await errorOf(noPhoto)).toMatchObject({ code: 'photo_required', details: { items: ['market-2'] } });
    // nothing of it was kept: no problem for market-1, no result, the point not marked done
    expect(await problemCount(store)).toBe(before);
    expect(await sqlRows(store, 'select * from assessment_results')).toEqual([]);
    expect(await sqlRows(store, 'select point_id from assessment_sample where submitted_at is not null')).toEqual([]);
    const leader = await loginAs(app, 'leader');
    expect((await sendResult(app, leader, markets.id, { pointId: ids.M1, items: pass('market-1') })).status).toBe(403);
  });

  it('keeps a round on the checklist version it was made with after an admin edits the checklist', async () => {
    const { app, admin, inspector, ids } = await setUp();
    const round = (await (await sendJson(app, 'POST', '/api/assessment/rounds', admin, { ...ROUND, kinds: ['market'] })).json()) as RoundResponse;
    await sendJson(app, 'PUT', '/api/assessment/checklists/market', admin, { items: [{ id: 'market-1', text: '地面干净', weight: 1 }, { text: '新增一项', weight: 1 }] });
    // the round's form still lists the three items it was made with; the latest checklist has two
    const itemsOf = async (path: string) => ((await (await app.request(path, { headers: { cookie: inspector } })).json()) as { kind: string; version: number; items: { id: string }[] }[]).map((l) => [l.kind, l.version, l.items.map((i) => i.id)]);
    expect(await itemsOf(`/api/assessment/checklists?round=${round.id}`)).toEqual([['market', 1, ['market-1', 'market-2', 'market-3']]]);
    expect((await itemsOf('/api/assessment/checklists')).find(([k]) => k === 'market')).toEqual(['market', 2, ['market-1', 'market-4']]);
    expect((await app.request('/api/assessment/checklists?round=nope', { headers: { cookie: inspector } })).status).toBe(404);
    const newer = await sendResult(app, inspector, round.id, { pointId: ids.M1, items: pass('market-1', 'market-4') });
    expect(await errorOf(newer)).toMatchObject({ code: 'unknown_item', details: { items: ['market-4'] } });
    expect((await sendResult(app, inspector, round.id, { pointId: ids.M1, items: pass('market-1', 'market-2', 'market-3') }, { 'market-2': 1 })).status).toBe(200);
    const next = (await (await sendJson(app, 'POST', '/api/assessment/rounds', admin, { ...ROUND, kinds: ['market'] })).json()) as RoundResponse;
    expect(next.checklistVersions).toEqual({ market: 2 });
  });
});

describe('scores', () => {
  /**
   * The fixture, worked by hand (weights: market 3, 2, 5; main road 4, 1):
   *   M1 (G1; U1, U2) pass 3, fail 2, na 5 → 3 of 5
   *   M2 (G2; U2)     pass 3, pass 2, fail 5 → 5 of 10
   *   R1 (G1; U1, U2) pass 4, fail 1 → 4 of 5
   *   M3 (G3; U3)     all pass → 10 of 10
   *   M4 (no grid, C3) fail 3, na 2, pass 5 → 5 of 8
   * U1: M1 + R1 = 7 of 10 = 70 · U2: M1 + M2 + R1 = 12 of 20 = 60 · U3: 100.
   */
  async function scored() {
    const env = await setUp();
    const { app, admin, inspector, inspector2, ids } = env;
    const round = (await (await sendJson(app, 'POST', '/api/assessment/rounds', admin, ROUND)).json()) as RoundResponse;
    await scoreFixtureRound(app, round.id, ids, inspector, inspector2);
    return { ...env, round };
  }

  const scores = async (app: { request: (p: string, i?: RequestInit) => Response | Promise<Response> }, cookie: string, roundId: string, by: string) =>
    (await (await app.request(`/api/assessment/rounds/${roundId}/scores?by=${by}`, { headers: { cookie } })).json()) as AssessmentScoresResponse;
  const table = (s: AssessmentScoresResponse) => s.groups.map((g) => [g.key, g.score, g.passWeight, g.countedWeight, g.points, g.previous]);

  it('weighs each unit, grid, community, street office and kind by hand-computed pass rates', async () => {
    const { app, round } = await scored();
    const leader = await loginAs(app, 'leader');
    const byUnit = await scores(app, leader, round.id, 'unit');
    expect(byUnit.previousRoundId).toBeNull();
    expect(table(byUnit)).toEqual([
      ['U3', 100, 10, 10, 1, null],
      ['U1', 70, 7, 10, 2, null],
      ['U2', 60, 12, 20, 3, null],
    ]);
    expect(byUnit.groups.map((g) => g.name)).toEqual(['市场监管局', '甲局', '乙局']);
    expect(table(await scores(app, leader, round.id, 'grid'))).toEqual([
      ['G3', 100, 10, 10, 1, null],
      ['G1', 70, 7, 10, 2, null],
      ['', 62.5, 5, 8, 1, null],
      ['G2', 50, 5, 10, 1, null],
    ]);
    expect(table(await scores(app, leader, round.id, 'community'))).toEqual([
      ['C2', 100, 10, 10, 1, null],
      ['C3', 62.5, 5, 8, 1, null],
      ['C1', 60, 12, 20, 3, null],
    ]);
    // S2 answers for C2 and C3: 15 of 18 = 83.33…
    expect(table(await scores(app, leader, round.id, 'streetOffice'))).toEqual([
      ['S2', 83.3, 15, 18, 2, null],
      ['S1', 60, 12, 20, 3, null],
    ]);
    // markets 3 + 5 + 10 + 5 = 23 of 5 + 10 + 10 + 8 = 33: 69.69…
    expect(table(await scores(app, leader, round.id, 'kind'))).toEqual([
      ['main_road', 80, 4, 5, 1, null],
      ['market', 69.7, 23, 33, 4, null],
    ]);
    const reporter = await loginAs(app, 'reporter-u1');
    expect((await app.request(`/api/assessment/rounds/${round.id}/scores`, { headers: { cookie: reporter } })).status).toBe(403);
  });

  it('feeds each unit’s pass rate into the quarter’s 考核, in the quarter the round ends', async () => {
    const { app } = await scored();
    const leader = await loginAs(app, 'leader');
    const quarter = async (q: string) => (await (await app.request(`/api/scores?quarter=${q}`, { headers: { cookie: leader } })).json()) as ScoresResponse;
    const q4 = await quarter('2026Q4');
    const rate = (unitId: string) => q4.units.find((u) => u.unitId === unitId)?.assessment;
    expect([rate('U1'), rate('U2'), rate('U3')]).toEqual([
      { count: 7, of: 10, share: 0.7 },
      { count: 12, of: 20, share: 0.6 },
      { count: 10, of: 10, share: 1 },
    ]);
    expect(q4.units.find((u) => u.unitId === 'U1')!.formula).toContain('20%×70.0');
    expect((await quarter('2027Q1')).units.every((u) => u.assessment.of === 0)).toBe(true);
  });

  it('sets each group beside the previous round, and exports the table to Excel', async () => {
    const { store, round, ids } = await scored();
    // a week later, a second round of markets; M1 now passes everything
    const later = createApp({ store, clock: fixedClock('2026-12-02T10:00:00+08:00'), photoDir: mkdtempSync(join(tmpdir(), 'wangge-assess-')) });
    const admin = await loginAs(later, 'admin');
    const inspector = await loginAs(later, 'inspector');
    const second = (await (await sendJson(later, 'POST', '/api/assessment/rounds', admin, { ...ROUND, kinds: ['market'], seed: 1 })).json()) as RoundResponse;
    // a photo of the first round does not serve the second
    expect((await errorOf(await sendResult(later, inspector, second.id, { pointId: ids.M1, items: pass('market-1', 'market-2', 'market-3') }))).code).toBe('photo_required');
    expect((await sendResult(later, inspector, second.id, { pointId: ids.M1, items: pass('market-1', 'market-2', 'market-3') }, { 'market-2': 1 })).status).toBe(200);
    const byUnit = await scores(later, admin, second.id, 'unit');
    expect(byUnit.previousRoundId).toBe(round.id);
    expect(table(byUnit)).toEqual([
      ['U1', 100, 10, 10, 1, 70],
      ['U2', 100, 10, 10, 1, 60],
    ]);
    const file = await later.request(`/api/assessment/rounds/${second.id}/scores?by=unit&format=xlsx`, { headers: { cookie: admin } });
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await file.arrayBuffer());
    const rows = book.worksheets[0].getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['分组', '编号', '得分（加权达标率%）', '上轮得分', '达标权重', '计分权重', '点位数']);
    expect(rows.slice(1)).toEqual([
      ['甲局', 'U1', 100, 70, 10, 10, 1],
      ['乙局', 'U2', 100, 60, 10, 10, 1],
    ]);
  });
});
