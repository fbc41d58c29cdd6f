import { expect, fetchGrids, openMap, sidePanel, test } from './helpers.ts';

test.describe('search', () => {
  test('finds a grid by a unit name and flies to it', async ({ page }) => {
    await openMap(page);
    const grid = (await fetchGrids(page)).features.find((f) => f.properties.unitNames.length > 0)!.properties;
    const unit = grid.unitNames[0];
    const box = page.getByRole('combobox', { name: '搜索网格' });
    await box.fill(unit);
    const option = page.getByRole('option').filter({ hasText: grid.code });
    await expect(option).toBeVisible();
    await expect(option).toContainText(unit);
    const zoomBefore = await page.evaluate(() => window.__wanggeMap!.getZoom());
    await option.click();
    await expect(sidePanel(page)).toContainText(grid.code);
    await expect(page).toHaveURL(new RegExp(`[?&]grid=${grid.id}(&|$)`));
    await expect.poll(() => page.evaluate(() => window.__wanggeMap!.getZoom())).toBeGreaterThan(zoomBefore);
  });

  test('finds a grid by its code with the keyboard', async ({ page }) => {
    await openMap(page);
    const grid = (await fetchGrids(page)).features.at(-1)!.properties;
    const box = page.getByRole('combobox', { name: '搜索网格' });
    await box.fill(grid.code);
    await expect(page.getByRole('option').first()).toContainText(grid.name);
    await box.press('Enter');
    await expect(sidePanel(page)).toContainText(grid.code);
  });

  test('says when nothing matches', async ({ page }) => {
    await openMap(page);
    await page.getByRole('combobox', { name: '搜索网格' }).fill('不存在的网格名称');
    await expect(page.getByRole('listbox')).toContainText('没有匹配的网格');
  });
});
