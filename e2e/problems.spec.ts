import type { Locator, Page } from '@playwright/test';
import type { ProblemDetailResponse, ProblemStatsResponse, ProblemsResponse } from '@wangge/geodata';
import { apiGet, expect, fetchGrids, innerPoint, mapRegion, openMap, roomiestGrid, sampleGrids, test, waitForMapIdle } from './helpers.ts';
import { loginAs } from './login.ts';

/** A 1×1 PNG standing in for a phone photo (the API sniffs the bytes, not the name). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const photo = (name: string) => ({ name, mimeType: 'image/png', buffer: PNG });

const problemPanel = (page: Page): Locator => page.locator('aside.problem-panel');
const beforePhotos = (panel: Locator) => panel.locator('.photo-phase[data-phase="before"] img');
const afterPhotos = (panel: Locator) => panel.locator('.photo-phase[data-phase="after"] img');

/** A grid's counts over the stats' weeks, as the table shows them (flows summed, stocks at the end). */
function gridCounts(stats: ProblemStatsResponse, gridId: string) {
  const s = stats.series.find((g) => g.key === gridId);
  const sum = (xs: number[] | undefined) => (xs ?? []).reduce((a, b) => a + b, 0);
  return { filed: sum(s?.filed), fixed: sum(s?.fixed), verified: sum(s?.verified), open: s?.open.at(-1) ?? 0, overdue: s?.overdue.at(-1) ?? 0 };
}

/** Takes a workflow step from the open card: the step button, an optional note and photo, confirm. */
async function takeStep(panel: Locator, action: string, note?: string, photoName?: string): Promise<void> {
  await panel.getByRole('button', { name: action, exact: true }).click();
  if (note) await panel.getByLabel('说明（可选）').fill(note);
  if (photoName) await panel.getByLabel('照片（可选）').setInputFiles(photo(photoName));
  await panel.getByRole('button', { name: `确认${action}` }).click();
}

/** Logs this page in as someone else and reloads the map. */
async function switchUser(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await loginAs(page, username);
  await openMap(page);
}

/** Opens the list, finds the problem by its description and opens its card. */
async function openFromList(page: Page, description: string): Promise<Locator> {
  await page.getByRole('button', { name: '问题清单', exact: true }).click();
  const list = page.getByRole('region', { name: '问题清单' });
  await list.getByRole('button', { name: new RegExp(description) }).click();
  await expect(problemPanel(page).getByRole('heading', { name: '乱停乱放' })).toBeVisible();
  return list;
}

/** Whether the map draws a single (unclustered) pin for this problem once zoomed in on it. */
async function pinDrawn(page: Page, id: string, at: [number, number]): Promise<boolean> {
  await page.evaluate((at) => window.__wanggeMap!.jumpTo({ center: at, zoom: 17.5 }), at);
  await waitForMapIdle(page);
  return page.evaluate((id) => window.__wanggeMap!.queryRenderedFeatures({ layers: ['problems-points'] }).some((f) => f.properties.id === id), id);
}

test.describe('problems as pins', () => {
  test('an inspector files a problem on a grid; the unit’s reporter starts and fixes it; the inspector verifies it', async ({ page }) => {
    // three users, three page loads and six workflow requests: longer than one page's check
    test.setTimeout(120_000);
    const description = `e2e 人行道停放机动车 ${Date.now()}`;
    await loginAs(page, 'inspector');
    await openMap(page);
    // file: drop the pin on the grid with the most room beside the form, choose a category (the
    // duplicate check runs), describe, add a photo
    await page.getByRole('button', { name: '上报问题' }).click();
    const panel = problemPanel(page);
    await expect(panel.getByRole('heading', { name: '上报问题' })).toBeVisible();
    await expect(panel).toContainText('在地图上点击问题所在位置');
    const grids = await fetchGrids(page);
    const code = await roomiestGrid(page);
    const grid = grids.features.find((f) => f.properties.code === code)!.properties;
    const { x, y } = innerPoint((await sampleGrids(page, grids, [grid.id]))[grid.id]);
    const before = await apiGet<ProblemsResponse>(page, `/api/problems?grid=${grid.id}&limit=0`);
    const statsBefore = gridCounts(await apiGet<ProblemStatsResponse>(page, '/api/problems/stats?by=grid'), grid.id);
    await mapRegion(page).click({ position: { x, y } });
    // the form says in words where the server will route it: this grid, by name and code
    await expect(panel.locator('.filing-place-words')).toHaveText(`位置：${grid.name}（${grid.code}）`);
    await panel.getByLabel('类别').selectOption('乱停乱放');
    await expect(panel.locator('.nearby')).toContainText(/附近 50 米内/);
    await panel.getByLabel('问题描述').fill(description);
    await panel.getByLabel('照片', { exact: true }).setInputFiles(photo('before.png'));
    await panel.getByRole('button', { name: '上报', exact: true }).click();

    // the card shows where the server routed it: this grid and its units
    await expect(panel.getByRole('status')).toContainText('已上报');
    await expect(panel).toContainText(grid.code);
    for (const unit of grid.unitNames) await expect(panel.locator('.problem-units')).toContainText(unit);
    await expect(panel.locator('[data-problem-status]')).toHaveText('上报');
    // the filing photo is the "before" one, shown with the filing step too
    await expect(beforePhotos(panel)).toHaveCount(1);
    await expect(afterPhotos(panel)).toHaveCount(0);
    await expect(panel.locator('.problem-history > li').nth(0).locator('img')).toHaveCount(1);
    const id = (await panel.locator('.eyebrow .mono').textContent())!.trim();
    await expect(page).toHaveURL(new RegExp(`[?&]problem=${id}(&|$)`));
    const filed = await apiGet<ProblemDetailResponse>(page, `/api/problems/${id}`);
    expect(filed.grid?.id).toBe(grid.id);
    expect(filed.description).toBe(description);

    // it appears: counted in the grid and drawn as a pin in the 上报 colour
    const after = await apiGet<ProblemsResponse>(page, `/api/problems?grid=${grid.id}&limit=0`);
    expect(after.total).toBe(before.total + 1);
    await expect.poll(() => pinDrawn(page, id, [filed.lon, filed.lat])).toBe(true);

    // 交办 to the grid's first unit, the one that then fixes it
    const unitId = grid.unitIds[0];
    await panel.getByRole('button', { name: '交办', exact: true }).click();
    await panel.getByLabel('牵头单位').selectOption(unitId);
    await panel.getByLabel('说明（可选）').fill('请执法大队处理');
    await panel.getByRole('button', { name: '确认交办' }).click();
    await expect(panel.locator('[data-problem-status]')).toHaveText('已交办');
    await expect(panel.getByRole('button', { name: '交办', exact: true })).toHaveCount(0);

    // the owner unit's reporter finds it in its list (filtered to its unit) and fixes it
    await switchUser(page, `reporter-${unitId}`);
    const list = await openFromList(page, description);
    await expect(list.getByLabel('责任单位')).toHaveValue(unitId);
    await expect(panel.getByRole('button', { name: '交办', exact: true })).toHaveCount(0);
    await takeStep(panel, '开始整改');
    await expect(panel.locator('[data-problem-status]')).toHaveText('整改中');
    await takeStep(panel, '整改完成', '车辆已移走，已设置隔离桩', 'after.png');
    await expect(panel.locator('[data-problem-status]')).toHaveText('已整改');
    await expect(panel.getByRole('button', { name: '复核通过' })).toHaveCount(0);
    await expect(afterPhotos(panel)).toHaveCount(1);
    await expect(beforePhotos(panel)).toHaveCount(1);

    // the inspector verifies it; the history names who did each step
    await switchUser(page, 'inspector');
    await openFromList(page, description);
    await expect(panel.locator('[data-problem-status]')).toHaveText('已整改');
    await takeStep(panel, '复核通过', '现场复核合格');
    await expect(panel.locator('[data-problem-status]')).toHaveText('已复核');
    const history = panel.locator('.problem-history > li');
    await expect(history).toHaveCount(5);
    const unitName = grid.unitNames[0];
    await expect(history.nth(0)).toContainText('督查组（演示）');
    await expect(history.nth(3)).toContainText(`${unitName}填报员 · ${unitName}`);
    await expect(history.nth(3)).toContainText('车辆已移走');
    await expect(panel.locator('.problem-history img')).toHaveCount(2);
    await expect(history.nth(3).locator('img')).toHaveCount(1);
    await expect(panel.getByRole('region', { name: '处理', exact: true })).toHaveCount(0);
    // each photo is linked to its step on the server, not guessed from the (fixed) clock
    const done = await apiGet<ProblemDetailResponse>(page, `/api/problems/${id}`);
    expect(done.photos.map((p) => p.eventId)).toEqual([done.events[0].id, done.events[3].id]);

    // Escape closes the card
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(page).not.toHaveURL(/problem=/);

    // the leaders' counts: this grid filed one more and verified one more this week
    await page.goto('/?view=problemStats');
    const stats = page.locator('.problem-stats');
    await page.getByRole('radio', { name: '按网格' }).click();
    const statsAfter = gridCounts(await apiGet<ProblemStatsResponse>(page, '/api/problems/stats?by=grid'), grid.id);
    expect(statsAfter.filed).toBe(statsBefore.filed + 1);
    expect(statsAfter.verified).toBe(statsBefore.verified + 1);
    const row = stats.locator(`tr[data-group="${grid.id}"]`);
    await expect(row.locator('td')).toHaveText([statsAfter.filed, statsAfter.fixed, statsAfter.verified, statsAfter.open, statsAfter.overdue].map(String));
    await row.getByRole('button', { name: grid.name }).click();
    await expect(stats.locator('.stats-chart-head h4')).toHaveText(grid.name);
    await expect(stats.locator('svg .chart-line')).toHaveCount(5);
    const csvLink = stats.getByRole('link', { name: 'CSV' });
    await expect(csvLink).toHaveAttribute('href', /^\/api\/problems\/stats\?(?=.*by=grid)(?=.*format=csv)/);
    const csv = await page.request.get((await csvLink.getAttribute('href'))!);
    expect((await csv.text()).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('分组,编码,周（周五）,上报,已整改,已复核,周末未整改,周末超期');
  });

  test('pins follow the filter, the list pages and exports with it, and overdue pins are ringed', async ({ page }) => {
    await openMap(page);
    await expect(page.locator('.pin-count')).toHaveAttribute('data-shown', /\d+/);
    await page.getByRole('button', { name: '问题清单', exact: true }).click();
    const list = page.getByRole('region', { name: '问题清单' });
    const all = await apiGet<ProblemsResponse>(page, '/api/problems?limit=0');
    await expect(list).toContainText(`共 ${all.total} 个问题`);

    await list.getByRole('checkbox', { name: '只看超期' }).check();
    const overdue = await apiGet<ProblemsResponse>(page, '/api/problems?overdue=1');
    expect(overdue.total).toBeGreaterThan(0);
    await expect(list).toContainText(`共 ${overdue.total} 个问题`);
    await expect(list.locator('.tag-overdue')).toHaveCount(overdue.total);
    await expect(list.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', /overdue=1.*format=csv/);
    await expect(page.locator('.tool-button', { hasText: '问题清单' })).toContainText('1 项筛选');

    // the map now draws only overdue problems: every pin, and every cluster, carries the overdue ring
    await expect
      .poll(() =>
        page.evaluate(() => {
          const features = window.__wanggeMap!.querySourceFeatures('problems');
          return features.length > 0 && features.every((f) => (f.properties.cluster ? f.properties.overdue > 0 : f.properties.overdue === true));
        }),
      )
      .toBe(true);

    const csv = await page.request.get((await list.getByRole('link', { name: 'CSV' }).getAttribute('href'))!);
    expect(csv.ok()).toBe(true);
    expect((await csv.text()).trim().split('\n')).toHaveLength(overdue.total + 1);

    // the week the map shows, Friday to Thursday, in one press
    await list.getByRole('checkbox', { name: '只看超期' }).uncheck();
    await list.getByRole('button', { name: /^所选周/ }).click();
    const week = await apiGet<ProblemsResponse>(page, '/api/problems?from=2026-11-20&to=2026-11-26&limit=0');
    await expect(list).toContainText(`共 ${week.total} 个问题`);
    await expect(list.getByLabel('起')).toHaveValue('2026-11-20');
    await expect(list.getByLabel('止')).toHaveValue('2026-11-26');
  });

  test('an inspector files where the device says it is (a phone’s 使用我的位置)', async ({ page }) => {
    const seeded = (await apiGet<ProblemsResponse>(page, '/api/problems?limit=50')).features.find((f) => f.properties.gridCode)!;
    const [longitude, latitude] = seeded.geometry.coordinates;
    await page.context().grantPermissions(['geolocation']);
    await page.context().setGeolocation({ longitude, latitude });
    await loginAs(page, 'inspector');
    await openMap(page);
    await page.getByRole('button', { name: '上报问题' }).click();
    const panel = problemPanel(page);
    // refused first: said in the page's language, not the browser's
    await page.context().clearPermissions();
    await panel.getByRole('button', { name: '使用我的位置' }).click();
    await expect(panel.getByRole('alert')).toHaveText(/^无法获取位置：未获准使用位置/);
    await page.context().grantPermissions(['geolocation']);
    await panel.getByRole('button', { name: '使用我的位置' }).click();
    await expect(panel.locator('.filing-place-words')).toContainText(seeded.properties.gridCode!);
    await expect(panel.locator('.filing-coords')).toContainText(`${longitude.toFixed(6)}, ${latitude.toFixed(6)}`);
    await panel.getByLabel('类别').selectOption('设施损坏');
    await expect(panel.locator('.deadline-hint')).toHaveText('整改期限：上报后 3 天');
    await panel.getByLabel('问题描述').fill('e2e 路灯不亮');
    await panel.getByRole('button', { name: '上报', exact: true }).click();
    await expect(panel.getByRole('status')).toContainText('已上报');
    await expect(panel).toContainText(seeded.properties.gridCode!);
    // Escape closes the card, and focus is not left on a vanished button
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  });

  test('a link opens a problem’s card and flies to it; Back closes it', async ({ page }) => {
    const [first] = (await apiGet<ProblemsResponse>(page, '/api/problems?limit=1')).features;
    await openMap(page);
    await page.getByRole('button', { name: '问题清单', exact: true }).click();
    await page.getByRole('region', { name: '问题清单' }).locator('.problem-row').first().click();
    const panel = problemPanel(page);
    await expect(panel.locator('.eyebrow .mono')).toHaveText(first.properties.id);
    await expect(page).toHaveURL(new RegExp(`problem=${first.properties.id}`));

    await page.goBack();
    await expect(panel).toHaveCount(0);
    await expect(page).not.toHaveURL(/problem=/);

    await openMap(page, `?problem=${first.properties.id}`);
    await expect(panel.locator('.eyebrow .mono')).toHaveText(first.properties.id);
    await expect.poll(() => page.evaluate(() => window.__wanggeMap!.getZoom())).toBeGreaterThanOrEqual(15.9);
  });
});
