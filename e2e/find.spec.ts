import type { GridDetailResponse, GridsResponse } from '@wangge/geodata';
import { apiGet, expect, mapRegion, test, waitForMapIdle } from './helpers.ts';

test.describe('search for people and places', () => {
  test('finds a grid’s manager by name and opens the grid; finds a market by name', async ({ page }) => {
    const grid = (await apiGet<GridsResponse>(page, '/api/grids')).features.map((f) => f.properties).sort((a, b) => b.id.localeCompare(a.id))[0];
    const detail = await apiGet<GridDetailResponse>(page, `/api/grids/${grid.id}`);
    await page.goto('/');
    await expect(mapRegion(page)).toHaveAttribute('data-shown-week', /^\d{4}-\d{2}-\d{2}$/, { timeout: 30_000 });
    await waitForMapIdle(page);
    const box = page.getByRole('combobox', { name: /搜索/ });
    await box.fill(detail.manager!.name);
    const option = page.getByRole('option', { name: new RegExp(`${detail.manager!.name}.*${grid.name} 网格管理员`) });
    await expect(option).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('find-person.png') });
    await option.dispatchEvent('mousedown');
    await expect(page).toHaveURL(new RegExp(`grid=${grid.id}`));

    await box.fill('农贸');
    await expect(page.getByRole('option', { name: /农贸.*地点/ }).first()).toBeVisible();
  });
});
