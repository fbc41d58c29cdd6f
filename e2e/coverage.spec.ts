import type { CoverageReport } from '@wangge/geodata';
import { apiGet, expect, mapRegion, openMap, test } from './helpers.ts';
import { loginAs } from './login.ts';

const drawer = (page: import('@playwright/test').Page) => page.locator('section.drawer[data-drawer="coverage"]');

test.describe('coverage view', () => {
  test('the Dafang grids cover every community with people in charge: 全覆盖 ✓ and 纵向到底 ✓', async ({ page }) => {
    const report = await apiGet<CoverageReport>(page, '/api/coverage');
    expect(report.ok).toBe(true);
    await loginAs(page, 'planner');
    await openMap(page, '?view=coverage');
    const view = drawer(page);
    await expect(view.getByRole('heading', { name: '覆盖检查' })).toBeVisible();
    await expect(view.getByRole('status')).toContainText('全覆盖 ✓');
    await expect(view.getByRole('status')).toContainText('覆盖率 100%');
    await expect(view).toContainText('纵向到底 ✓');
    await expect(view).toContainText('没有重叠、缺口、越界或无效网格。');
    const tiles = view.locator('.coverage-tiles');
    await expect(tiles.locator('div', { hasText: '网格' })).toContainText(String(report.summary.grids));
    for (const kind of ['重叠', '缺口', '越界', '无效']) await expect(tiles.locator('div', { hasText: kind })).toContainText('0');
    // the defects layer is on and has nothing to draw
    const drawn = await page.evaluate(() => {
      const map = window.__wanggeMap!;
      return { veil: map.getLayoutProperty('coverage-veil', 'visibility'), defects: map.querySourceFeatures('coverage').length };
    });
    expect(drawn).toEqual({ veil: 'visible', defects: 0 });
  });

  test('opens from the user menu, and closing it takes the defects layer off the map', async ({ page }) => {
    await loginAs(page, 'leader');
    await openMap(page);
    await page.getByRole('button', { name: /账户菜单/ }).click();
    await page.getByRole('menuitemradio', { name: '覆盖检查' }).click();
    await expect(page).toHaveURL(/[?&]view=coverage(&|$)/);
    await expect(drawer(page).getByRole('status')).toContainText('全覆盖 ✓');
    await drawer(page).getByRole('button', { name: '关闭' }).click();
    await expect(page).not.toHaveURL(/view=coverage/);
    await expect.poll(() => page.evaluate(() => window.__wanggeMap!.getLayoutProperty('coverage-veil', 'visibility'))).toBe('none');
    await expect(mapRegion(page)).toBeVisible();
  });

  test('asks a visitor to log in', async ({ page }) => {
    await openMap(page, '?view=coverage');
    await expect(drawer(page)).toContainText('登录');
  });
});
