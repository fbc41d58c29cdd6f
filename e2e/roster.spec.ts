import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { addWeeks, type ConfigResponse, type GridDetailResponse, type GridsResponse, type RostersResponse } from '@wangge/geodata';
import { apiGet, expect, mapRegion, sidePanel, test, waitForMapIdle, waitForWeek } from './helpers.ts';
import { DEMO_PASSWORD } from './login.ts';

const drawer = (page: Page) => page.locator('section.drawer[data-drawer="roster"]');

/**
 * The planner's own page: the refused overlapping period (409) is logged by the browser as a
 * console error, which the shared watch would fail on; any other console error still fails.
 */
async function plannerPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 409/.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  const login = await page.request.post('/api/auth/login', { data: { username: 'planner', password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);
  await page.addInitScript(() => localStorage.setItem('wangge.session', '1'));
  return { context, page, errors };
}

test.describe('rosters', () => {
  test.describe.configure({ timeout: 90_000 });
  let restore: ((request: APIRequestContext) => Promise<void>) | null = null;

  test.afterAll(async ({ request }) => {
    await restore?.(request);
  });

  test('a roster change shows at once in the inspect panel, while last week still shows last week’s manager', async ({ browser, baseURL }) => {
    const { context, page, errors } = await plannerPage(browser, baseURL!);
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    const week = config.currentWeek;
    const today = new Date(Date.parse(config.now) + 8 * 3600_000).toISOString().slice(0, 10);
    const grids = (await apiGet<GridsResponse>(page, '/api/grids')).features.map((f) => f.properties).sort((a, b) => a.id.localeCompare(b.id));
    const grid = grids[grids.length - 1];
    const before = await apiGet<GridDetailResponse>(page, `/api/grids/${grid.id}?week=${week}`);
    expect(before.manager, 'the seed staffs the grid').not.toBeNull();
    // the correction of today's period puts the seeded people back for the specs after this one
    restore = async (request) => {
      const res = await request.put(`/api/grids/${grid.id}/people`, {
        headers: { cookie: (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
        data: { from: today, manager: { name: before.manager!.name, phone: before.manager!.phone }, supervisors: before.supervisors.map(({ name, phone }) => ({ name, phone })) },
      });
      expect(res.ok(), `restore → ${res.status()}`).toBe(true);
      await context.close();
    };

    await page.goto(`/?view=roster&grid=${grid.id}&week=${week}`);
    await expect(mapRegion(page)).toHaveAttribute('data-shown-week', week, { timeout: 30_000 });
    await waitForMapIdle(page);
    const panel = sidePanel(page);
    await expect(panel).toContainText(before.manager!.name);

    const view = drawer(page);
    await expect(view.getByRole('heading', { name: '网格人员' })).toBeVisible();
    const rosters = await apiGet<RostersResponse>(page, '/api/rosters');
    const flagged = rosters.grids.filter((g) => g.flags.length > 0).length;
    await expect(view).toContainText(flagged ? `${rosters.grids.length} 个网格中有 ${flagged} 个缺人` : `${rosters.grids.length} 个网格都已配齐`);
    const row = view.locator(`li.roster-row[data-grid="${grid.id}"]`);
    await expect(row).toContainText(before.manager!.name);

    await row.getByRole('button', { name: '调整人员' }).click();
    const form = row.getByRole('form');
    await expect(form.locator('input[type=date]').first()).toHaveValue(today);
    // a period that ends before it starts is caught before sending
    await form.getByLabel('截止日期（可不填）').fill('2026-11-01');
    await expect(form.getByText('结束日期必须晚于开始日期。')).toBeVisible();
    await expect(form.getByRole('button', { name: '保存' })).toBeDisabled();
    await form.getByLabel('截止日期（可不填）').fill('');
    const manager = form.locator('fieldset', { hasText: '网格管理员' });
    await manager.getByLabel('姓名').fill('龙新任');
    await manager.getByLabel('电话').fill('13985700001');
    await page.screenshot({ path: test.info().outputPath('roster-edit.png') });
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form).toBeHidden();
    await expect(row).toContainText(`龙新任 13985700001 自 ${today}`);

    // the inspect panel shows the new manager at once
    await expect(panel).toContainText('龙新任');
    await expect(panel).not.toContainText(before.manager!.name);
    await page.screenshot({ path: test.info().outputPath('roster-panel-now.png') });

    // a period that overlaps the new one is refused, worded in Chinese
    await row.getByRole('button', { name: '调整人员' }).click();
    await row.getByRole('form').locator('input[type=date]').first().fill('2026-11-01');
    await row.getByRole('form').getByRole('button', { name: '保存' }).click();
    await expect(row.getByRole('alert')).toContainText('重叠');
    await row.getByRole('form').getByRole('button', { name: '取消' }).click();

    // last week's report: the manager then
    await page.getByRole('button', { name: '上一周' }).click();
    await waitForWeek(page, addWeeks(week, -1));
    await expect(panel).toContainText(before.manager!.name);
    await expect(panel).not.toContainText('龙新任');
    await page.screenshot({ path: test.info().outputPath('roster-panel-last-week.png') });

    expect(errors, 'console errors on the planner page').toEqual([]);
  });
});
