import type { AssessmentScoresResponse, ChecklistsResponse, ProblemDetailResponse, RoundResponse } from '@wangge/geodata';
import { expect, openMap, test } from './helpers.ts';
import { DEMO_PASSWORD, loginAs } from './login.ts';

/** The smallest PNG header the server takes for an image, numbered so each photo is its own. */
const png = (n: number) => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0x50 + n]);

test('an inspector on a phone scores two points with photos; the failed item files a problem and the scores are as worked out by hand', async ({ browser, baseURL }) => {
  const admin = (await browser.newContext({ baseURL })).request;
  expect((await admin.post('/api/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } })).ok()).toBe(true);
  const ask = { name: 'e2e 手机测评', from: '2026-11-30', to: '2026-12-04', kinds: ['market'], perCommunity: 1, seed: 7031, inspectorIds: ['inspector'] };
  const made = await admin.post('/api/assessment/rounds', { data: ask });
  expect(made.status(), await made.text()).toBe(201);
  const round = (await made.json()) as RoundResponse;
  expect(round.sample.length).toBeGreaterThanOrEqual(2);
  const [first, second] = round.sample;
  const market = ((await (await admin.get('/api/assessment/checklists')).json()) as ChecklistsResponse).find((c) => c.kind === 'market')!;
  expect(market.version).toBe(round.checklistVersions.market);
  const withPhoto = market.items.filter((i) => i.needsPhoto);
  expect(withPhoto.length).toBeGreaterThan(0);
  const failedItem = market.items[0];

  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await phone.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await loginAs(page, 'inspector');
  await openMap(page, '?view=assessment');
  const view = page.locator('section.drawer[data-drawer="assessment"]');
  await expect(view.getByRole('radio', { name: '我的测评' })).toHaveAttribute('aria-checked', 'true');
  await view.getByLabel('轮次').selectOption({ label: ask.name });
  await expect(view.getByText(`我的点位：已测评 0 / ${round.sample.length}`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('1-list.png') });

  let n = 0;
  const score = async (pointId: string, fail: boolean) => {
    await view.locator(`button.scoring-list-point[data-point="${pointId}"]`).click();
    const form = view.locator(`.scoring-point[data-point="${pointId}"]`);
    for (const [k, item] of market.items.entries()) {
      await form.locator(`li[data-item="${item.id}"] button[data-result="${fail && k === 0 ? 'fail' : 'pass'}"]`).click();
    }
    if (fail) {
      await form.getByLabel(`备注 ${failedItem.text}`).fill('摊位占道经营');
      // sent without the photos first: the refusal is worded
      await form.getByRole('button', { name: '提交测评' }).click();
      await expect(form.getByRole('alert')).toContainText('这些条目需要照片');
      for (const item of withPhoto) await expect(form.getByRole('alert')).toContainText(item.text);
    }
    for (const item of withPhoto) await form.getByLabel(`照片 ${item.text}`).setInputFiles({ name: `${item.id}.png`, mimeType: 'image/png', buffer: png(n++) });
    if (fail) await page.screenshot({ path: test.info().outputPath('2-form.png'), fullPage: true });
    await form.getByRole('button', { name: '提交测评' }).click();
    await expect(form.getByText('已提交', { exact: false })).toBeVisible();
    return form;
  };

  const firstForm = await score(first.pointId, true);
  const link = firstForm.getByRole('link', { name: `问题：${failedItem.text}` });
  await expect(link).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('3-submitted.png'), fullPage: true });
  const problemId = (await link.getAttribute('data-problem'))!;
  await firstForm.getByRole('button', { name: '← 点位列表' }).click();
  await expect(view.locator(`button.scoring-list-point[data-point="${first.pointId}"]`)).toContainText('已测评');
  await score(second.pointId, false);
  await expect(view.locator(`.scoring-point[data-point="${second.pointId}"]`).getByRole('link')).toHaveCount(0);
  await view.getByRole('button', { name: '← 点位列表' }).click();
  await expect(view.getByText(`我的点位：已测评 2 / ${round.sample.length}`)).toBeVisible();

  const problem = (await (await page.request.get(`/api/problems/${problemId}`)).json()) as ProblemDetailResponse;
  expect(problem.category).toBe(failedItem.category);
  expect(problem.gridId).toBe(first.gridId);
  expect(problem.units.length).toBeGreaterThan(0);
  const results = (await (await page.request.get(`/api/assessment/rounds/${round.id}/results?point=${first.pointId}`)).json()) as { items: { itemId: string; note: string | null; photoIds: string[] }[] }[];
  expect(results[0].items.find((i) => i.itemId === failedItem.id)?.note).toBe('摊位占道经营');
  for (const item of withPhoto) expect(results[0].items.find((i) => i.itemId === item.id)?.photoIds).toHaveLength(1);

  // worked out by hand: the first point loses its first item's weight, the second passes all
  const total = market.items.reduce((s, i) => s + i.weight, 0);
  const expected = new Map([
    [first.pointId, Number((((total - failedItem.weight) / total) * 100).toFixed(1))],
    [second.pointId, 100],
  ]);
  const byPoint = (await (await page.request.get(`/api/assessment/rounds/${round.id}/scores?by=point`)).json()) as AssessmentScoresResponse;
  expect(new Map(byPoint.groups.map((g) => [g.key, g.score]))).toEqual(expected);

  await view.getByRole('radio', { name: '成绩' }).click();
  await view.getByLabel('轮次').selectOption({ label: ask.name });
  await view.getByLabel('分组').selectOption('point');
  for (const [pointId, score] of expected) await expect(view.locator(`tbody tr[data-key="${pointId}"] td`).nth(1)).toHaveText(score.toFixed(1));
  await page.screenshot({ path: test.info().outputPath('4-scores.png'), fullPage: true });

  await view.getByRole('radio', { name: '我的测评' }).click();
  await view.getByLabel('轮次').selectOption({ label: ask.name });
  await view.locator(`button.scoring-list-point[data-point="${first.pointId}"]`).click();
  await view.getByRole('link', { name: `问题：${failedItem.text}` }).click();
  await expect(page).toHaveURL(new RegExp(`problem=${problemId}`));
  await page.screenshot({ path: test.info().outputPath('5-problem.png') });
  // the one refusal asked for above, and nothing else
  expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
  expect(errors).toHaveLength(1);
  await phone.close();
});
