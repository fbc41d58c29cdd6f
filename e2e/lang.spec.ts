import { expect, openMap, test } from './helpers.ts';

test('Chinese by default, English on request, remembered across reloads', async ({ page }) => {
  await openMap(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('网格');
  await expect(page.getByRole('region', { name: '周报状态' })).toContainText('按时');
  // MapLibre's own canvas label is English ("Map") unless we name it
  const canvas = page.locator('canvas.maplibregl-canvas');
  await expect(canvas).toHaveAttribute('aria-label', '地图：方向键平移，+ / − 缩放');

  await page.getByRole('button', { name: '切换到英文界面' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  const legend = page.getByRole('region', { name: 'Weekly report' });
  await expect(legend).toContainText('On time');
  await expect(legend).toContainText('Missing');
  await expect(page.getByRole('combobox', { name: 'Search grids' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Grid map' })).toBeVisible();
  await expect(canvas).toHaveAttribute('aria-label', 'Map: arrow keys pan, + / − zoom');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Weekly report' })).toBeVisible();
  await page.getByRole('button', { name: 'Switch to Chinese' }).click();
  await expect(page.getByRole('region', { name: '周报状态' })).toBeVisible();
});
