import type { AssessmentScoresResponse, ChecklistsResponse, ProblemDetailResponse, ResultResponse, RoundResponse } from '@wangge/geodata';
import { expect, openMap, test } from './helpers.ts';
import { DEMO_PASSWORD, loginAs } from './login.ts';

/** The smallest PNG header the server takes for an image, numbered so each photo is its own. */
const png = (n: number) => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, n]);

test.describe('the mock assessment', () => {
  test('an admin draws a round (same seed, same sample), the inspector scores two points with photos, and a leader reads the scores', async ({ page, browser, baseURL }) => {
    const admin = (await browser.newContext({ baseURL })).request;
    expect((await admin.post('/api/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } })).ok()).toBe(true);
    const ask = { name: 'e2e 模拟测评', from: '2026-11-23', to: '2026-11-27', kinds: ['market'], perCommunity: 1, seed: 20261125 };
    const first = await admin.post('/api/assessment/rounds', { data: ask });
    expect(first.status()).toBe(201);
    const again = await admin.post('/api/assessment/rounds', { data: ask });
    const round = (await again.json()) as RoundResponse;
    expect(round.sample.map((s) => s.pointId)).toEqual(((await first.json()) as RoundResponse).sample.map((s) => s.pointId));
    expect(round.sample.length).toBeGreaterThanOrEqual(2);

    const inspector = (await browser.newContext({ baseURL })).request;
    expect((await inspector.post('/api/auth/login', { data: { username: 'inspector', password: DEMO_PASSWORD } })).ok()).toBe(true);
    const market = ((await (await inspector.get('/api/assessment/checklists')).json()) as ChecklistsResponse).find((c) => c.kind === 'market')!;
    let n = 0;
    const score = async (pointId: string, failFirst: boolean) => {
      const items = market.items.map((i, k) => ({ itemId: i.id, result: failFirst && k === 0 ? 'fail' : 'pass' }));
      const multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = { data: JSON.stringify({ pointId, items }) };
      for (const i of market.items.filter((x) => x.needsPhoto)) multipart[`photo.${i.id}`] = { name: `${i.id}.png`, mimeType: 'image/png', buffer: png(n++) };
      const res = await inspector.post(`/api/assessment/rounds/${round.id}/results`, { multipart });
      expect(res.status(), await res.text()).toBe(200);
      return (await res.json()) as ResultResponse;
    };
    const failed = await score(round.sample[0].pointId, true);
    await score(round.sample[1].pointId, false);
    expect(failed.problemsFiled).toHaveLength(1);
    const problem = (await (await inspector.get(`/api/problems/${failed.problemsFiled[0]}`)).json()) as ProblemDetailResponse;
    expect(problem.gridId).toBe(round.sample[0].gridId);
    expect(problem.units.length).toBeGreaterThan(0);

    await loginAs(page, 'leader');
    const byUnit = (await (await page.request.get(`/api/assessment/rounds/${round.id}/scores?by=unit`)).json()) as AssessmentScoresResponse;
    expect(byUnit.groups.length).toBeGreaterThan(0);
    await openMap(page, '?view=assessment');
    const view = page.locator('section.drawer[data-drawer="assessment"]');
    await expect(view.getByRole('heading', { name: '模拟测评' })).toBeVisible();
    await expect(view.getByText('点位 60 个（其中示例 60 个，网格外 0 个）')).toBeVisible();
    await expect(view.getByText(`随机种子 ${ask.seed}`, { exact: false })).toBeVisible();
    const rows = view.locator('tbody tr');
    await expect(rows).toHaveCount(byUnit.groups.length);
    for (const [i, g] of byUnit.groups.entries()) {
      await expect(rows.nth(i)).toHaveAttribute('data-key', g.key);
      await expect(rows.nth(i).locator('td').nth(1)).toHaveText(g.score!.toFixed(1));
    }
    // the round on the map: every sampled point, each with its score (unscored ones without), and the scored grids
    const byPoint = (await (await page.request.get(`/api/assessment/rounds/${round.id}/scores?by=point`)).json()) as AssessmentScoresResponse;
    const scoreOf = new Map(byPoint.groups.map((g) => [g.key, g.score]));
    const expected = round.sample.map((s) => [s.pointId, scoreOf.get(s.pointId) ?? null]).sort();
    const drawn = () =>
      page.evaluate(() => {
        const seen = new Map<string, number | null>();
        for (const f of window.__wanggeMap!.querySourceFeatures('assessment-points')) seen.set(String(f.properties.id), typeof f.properties.score === 'number' ? f.properties.score : null);
        return [...seen].sort();
      });
    await expect.poll(drawn).toEqual(expected);
    expect(expected.filter(([, score]) => score !== null)).toHaveLength(2);
    await expect(view.getByRole('list', { name: '地图：点位和网格按本轮得分着色' }).getByRole('listitem')).toHaveCount(5);
    await expect.poll(() => page.evaluate(() => window.__wanggeMap!.queryRenderedFeatures({ layers: ['assessment-point'] }).length)).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => window.__wanggeMap!.queryRenderedFeatures({ layers: ['assessment-grid-fill'] }).length)).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => window.__wanggeMap!.queryRenderedFeatures({ layers: ['assessment-point-label'] }).map((f) => f.properties.label))).toContain('100');
    await expect(page.locator('.legend')).toBeHidden();
    await page.screenshot({ path: test.info().outputPath('assessment.png') });
  });
});
