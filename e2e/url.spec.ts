import type { ConfigResponse } from '@wangge/geodata';
import { addWeeks } from '@wangge/geodata';
import { apiGet, expect, fetchGrids, openMap, selectGrid, sidePanel, test, waitForWeek } from './helpers.ts';

test.describe('the URL holds the view', () => {
  test('a reload shows the same week, selection and layers', async ({ page }) => {
    await openMap(page);
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    const week = addWeeks(config.currentWeek, -2);
    await page.getByRole('combobox', { name: '周次' }).selectOption(week);
    await waitForWeek(page, week);
    await page.getByRole('switch', { name: '专项责任区' }).check();
    await page.getByRole('switch', { name: '问题点位' }).uncheck();
    const grid = (await fetchGrids(page)).features[3].properties;
    await selectGrid(page, grid.code);
    const url = page.url();
    expect(new URL(url).search).toMatch(new RegExp(`^\\?week=${week}&grid=${grid.id}&at=[-\\d.]+,[-\\d.]+&layers=zones$`));

    await page.reload();
    await waitForWeek(page, week);
    expect(page.url()).toBe(url);
    await expect(page.getByRole('combobox', { name: '周次' })).toHaveValue(week);
    await expect(page.getByRole('switch', { name: '专项责任区' })).toBeChecked();
    await expect(page.getByRole('switch', { name: '问题点位' })).not.toBeChecked();
    await expect(sidePanel(page)).toContainText(grid.code);
    const visible = await page.evaluate(() => ({
      zones: window.__wanggeMap!.getLayoutProperty('zones-fill', 'visibility'),
      problems: window.__wanggeMap!.getLayoutProperty('problems-points', 'visibility'),
    }));
    expect(visible).toEqual({ zones: 'visible', problems: 'none' });
  });

  test('a shared link opens straight onto a grid', async ({ page }) => {
    const grid = (await fetchGrids(page)).features[5].properties;
    await openMap(page, `?grid=${grid.id}`);
    await expect(sidePanel(page)).toContainText(grid.code);
    await expect(sidePanel(page)).toContainText(grid.name);
  });

  test('back and forward step through weeks and selections', async ({ page }) => {
    await openMap(page);
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    const grid = (await fetchGrids(page)).features[1].properties;
    await selectGrid(page, grid.code);
    await page.getByRole('button', { name: '上一周' }).click();
    await waitForWeek(page, addWeeks(config.currentWeek, -1));

    await page.goBack();
    await waitForWeek(page, config.currentWeek);
    await expect(sidePanel(page)).toContainText(grid.code);
    await page.goBack();
    await expect(sidePanel(page)).toHaveCount(0);
    await page.goForward();
    await expect(sidePanel(page)).toContainText(grid.code);
    await page.goForward();
    await waitForWeek(page, addWeeks(config.currentWeek, -1));
  });
});
