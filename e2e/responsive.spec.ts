import { expect, fetchGrids, mapRegion, openMap, selectGrid, sidePanel, test } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone the panel is a bottom sheet under a usable map', async ({ page }) => {
  await openMap(page);
  await expect(page.getByRole('combobox', { name: '搜索网格' })).toBeVisible();
  await expect(page.getByRole('region', { name: '周报状态' })).toBeVisible();
  const grid = (await fetchGrids(page)).features[2].properties;
  await selectGrid(page, grid.code);
  const sheet = (await sidePanel(page).boundingBox())!;
  const map = (await mapRegion(page).boundingBox())!;
  expect(sheet.width).toBeGreaterThan(380);
  expect(sheet.y + sheet.height).toBeGreaterThanOrEqual(843);
  expect(sheet.y).toBeGreaterThan(map.y + map.height * 0.35);
});
