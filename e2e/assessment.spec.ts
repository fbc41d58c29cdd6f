import { readFileSync } from 'node:fs';
import type { APIRequestContext, Browser } from '@playwright/test';
import { representativePoint, type AssessmentPointsResponse, type AssessmentReportResponse, type AssessmentScoresResponse, type Checklist, type ChecklistsResponse, type ProblemDetailResponse, type ResultResponse, type RoundResponse } from '@wangge/geodata';
import { pdfPageTexts } from '../scripts/lib/export/pdf-text.ts';
import { hexRgb, near, readPng } from '../scripts/lib/export/png-pixels.ts';
import { bandColour, scoreBand } from '../web/src/assessment/map/score-bands.ts';
import { apiGet, expect, openMap, test } from './helpers.ts';
import { DEMO_PASSWORD, loginAs } from './login.ts';

/** The smallest PNG header the server takes for an image, numbered so each photo is its own. */
const png = (n: number) => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, n]);
let photoNo = 0;

/** An API client logged in as one of the demo accounts. */
async function apiAs(browser: Browser, baseURL: string | undefined, username: string): Promise<APIRequestContext> {
  const api = (await browser.newContext({ baseURL })).request;
  expect((await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } })).ok()).toBe(true);
  return api;
}

/** The inspector's results for one market: every item passed, or the first one failed; photos where an item needs one. */
async function scoreMarket(inspector: APIRequestContext, roundId: string, market: Checklist, pointId: string, failFirst: boolean): Promise<ResultResponse> {
  const items = market.items.map((i, k) => ({ itemId: i.id, result: failFirst && k === 0 ? 'fail' : 'pass' }));
  const multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = { data: JSON.stringify({ pointId, items }) };
  for (const i of market.items.filter((x) => x.needsPhoto)) multipart[`photo.${i.id}`] = { name: `${i.id}.png`, mimeType: 'image/png', buffer: png(photoNo++) };
  const res = await inspector.post(`/api/assessment/rounds/${roundId}/results`, { multipart });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as ResultResponse;
}

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

    const inspector = await apiAs(browser, baseURL, 'inspector');
    const market = ((await (await inspector.get('/api/assessment/checklists')).json()) as ChecklistsResponse).find((c) => c.kind === 'market')!;
    const failed = await scoreMarket(inspector, round.id, market, round.sample[0].pointId, true);
    await scoreMarket(inspector, round.id, market, round.sample[1].pointId, false);
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

test.describe('the points of the mock assessment', () => {
  test('a planner renames and moves a point, removes one no round sampled, and is told why a sampled one stays', async ({ browser, baseURL }) => {
    // a page of its own: the browser logs the expected 409 as a console error, which the shared watch would fail on
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    await loginAs(page, 'planner');
    const made = await page.request.post('/api/assessment/points', { data: { kind: 'hotel', name: 'e2e 临时宾馆', geometry: { type: 'Point', coordinates: [105.6085, 27.1465] } } });
    expect(made.status(), await made.text()).toBe(201);
    const hotel = (await made.json()) as { id: string; properties: { gridCode: string | null } };
    await openMap(page, '?view=assessment');
    const view = page.locator('section.drawer[data-drawer="assessment"]');
    await view.getByRole('radio', { name: '点位' }).click();
    await view.getByLabel('类别').selectOption('hotel');
    const list = view.getByRole('list', { name: '点位列表' });
    const row = list.locator(`li[data-point="${hotel.id}"]`);
    await row.getByRole('button', { name: '修改' }).click();
    const form = view.getByRole('form', { name: '修改点位 e2e 临时宾馆' });
    await form.getByLabel('名称').fill('e2e 宾馆（新址）');
    await form.getByLabel('纬度').fill('abc');
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form.getByRole('alert')).toHaveText('经纬度须为数字：经度 −180 到 180，纬度 −90 到 90。');
    await form.getByLabel('纬度').fill('27.1466');
    await form.getByRole('button', { name: '保存' }).click();
    await expect(row.locator('.point-name')).toHaveText('e2e 宾馆（新址）');
    const saved = (await (await page.request.get('/api/assessment/points')).json()) as { features: { id: string; geometry: { coordinates: number[] } }[] };
    expect(saved.features.find((f) => f.id === hotel.id)?.geometry.coordinates).toEqual([105.6085, 27.1466]);
    await page.screenshot({ path: test.info().outputPath('points.png') });

    await row.getByRole('button', { name: '删除点位 e2e 宾馆（新址）' }).click();
    await expect(row).toHaveCount(0);

    // a market the first test's round drew stays, and the planner is told why
    const rounds = (await (await page.request.get('/api/assessment/rounds')).json()) as { id: string }[];
    const round = (await (await page.request.get(`/api/assessment/rounds/${rounds[0].id}`)).json()) as RoundResponse;
    const sampled = round.sample[0].pointId;
    await view.getByLabel('类别').selectOption('market');
    const name = (await list.locator(`li[data-point="${sampled}"] .point-name`).innerText()).trim();
    await list.locator(`li[data-point="${sampled}"]`).getByRole('button', { name: `删除点位 ${name}` }).click();
    await expect(view.getByRole('alert')).toContainText('已被测评轮次抽中');
    await expect(list.locator(`li[data-point="${sampled}"]`)).toHaveCount(1);
    // the one refusal asked for, and nothing else
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('status of 409');
    await context.close();
  });
});

test.describe('a round’s report', () => {
  test('a leader downloads it as a PDF with the score map, and the print page draws the scored points in their band colours', async ({ page, browser, baseURL }) => {
    // the report renders the score map headless first
    test.setTimeout(240_000);
    const admin = await apiAs(browser, baseURL, 'admin');
    const made = await admin.post('/api/assessment/rounds', { data: { name: 'e2e 报告轮', from: '2026-11-23', to: '2026-11-27', kinds: ['market'], perCommunity: 1, seed: 11 } });
    expect(made.status()).toBe(201);
    const round = (await made.json()) as RoundResponse;
    const inspector = await apiAs(browser, baseURL, 'inspector');
    const market = ((await (await inspector.get(`/api/assessment/checklists?round=${round.id}`)).json()) as ChecklistsResponse).find((c) => c.kind === 'market')!;
    const failed = await scoreMarket(inspector, round.id, market, round.sample[0].pointId, true);
    await scoreMarket(inspector, round.id, market, round.sample[1].pointId, false);

    await loginAs(page, 'leader');
    const figures = await apiGet<AssessmentReportResponse>(page, `/api/assessment/rounds/${round.id}/report?format=json`);
    expect([figures.sampled, figures.scored]).toEqual([round.sample.length, 2]);
    await openMap(page, '?view=assessment');
    const view = page.locator('section.drawer[data-drawer="assessment"]');
    await view.getByLabel('轮次').selectOption(round.id);
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 200_000 }), view.getByRole('link', { name: '下载报告（PDF）' }).click()]);
    expect(file.suggestedFilename()).toBe('e2e_报告轮_模拟测评报告.pdf');
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(50_000);
    expect(bytes.length).toBeLessThan(40_000_000);
    // the score map is in it as a picture
    expect(bytes.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    const flat = (await pdfPageTexts(new Uint8Array(bytes))).join('').replace(/\s/g, '');
    const words = (s: string) => s.normalize('NFKC').replace(/\s/g, '');
    expect(flat.startsWith('县创文办')).toBe(true);
    expect(flat).toContain(words('e2e 报告轮模拟测评报告'));
    expect(flat).toContain(words(`共抽取点位 ${round.sample.length} 个，已测评 2 个。`));
    expect(flat).toContain(words(`综合得分（加权达标率）${figures.overall.score!.toFixed(1)} 分`));
    expect(flat).toContain(words('六、不达标条目及所立问题'));
    expect(flat).toContain(failed.problemsFiled[0]);
    expect(flat).toContain(words('本轮测评得分图'));

    // the print page the report's map comes from: each scored point's star in its band's full colour (its grid is a paler tint of it)
    const points = await apiGet<AssessmentPointsResponse>(page, '/api/assessment/points');
    const byPoint = await apiGet<AssessmentScoresResponse>(page, `/api/assessment/rounds/${round.id}/scores?by=point`);
    expect(byPoint.groups).toHaveLength(2);
    await page.goto(`/print.html?kind=assessment&round=${round.id}`);
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
    await expect(page.locator('h1')).toHaveText('e2e 报告轮 模拟测评得分图');
    const counts = await page.locator('[data-legend]').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [(r as HTMLElement).dataset.legend, r.querySelector('.num')?.textContent ?? ''])));
    expect(counts.unscored).toBe(String(round.sample.length - 2));
    const places = byPoint.groups.map((g) => representativePoint(points.features.find((f) => f.properties.id === g.key)!.geometry));
    const at = await page.evaluate((p) => window.__wanggePrint!.project(0, p), places);
    const shot = readPng(await page.screenshot({ fullPage: true, path: test.info().outputPath('assessment-print.png') }));
    const around = ([x, y]: [number, number], colour: string, tolerance: number) => {
      let n = 0;
      for (let dy = -12; dy <= 12; dy++) for (let dx = -12; dx <= 12; dx++) if (near(shot.at(x + dx, y + dy), hexRgb(colour), tolerance)) n += 1;
      return n;
    };
    for (const [i, g] of byPoint.groups.entries()) {
      const colour = bandColour(scoreBand(g.score));
      expect(around(at[i], colour, 8), `${g.key} (${g.score}) in ${colour}`).toBeGreaterThanOrEqual(20);
    }
  });
});
