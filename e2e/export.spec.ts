import { readFileSync } from 'node:fs';
import type { ProblemsResponse } from '@wangge/geodata';
import { hexRgb, near, readPng } from '../scripts/lib/export/png-pixels.ts';
import { MAP_COLORS } from '../web/src/map/theme.ts';
import { apiGet, expect, expectedFill, openMap, selectGrid, test } from './helpers.ts';
import { loginAs } from './login.ts';

const SELECTED_CODE = '520521001002003';

test('the export dialog carries the selected grid and the problem filter, previews the sheet and downloads a 300 dpi PNG', async ({ page }) => {
  test.setTimeout(150_000);
  // exports are for logged-in staff
  await loginAs(page, 'leader');
  await openMap(page);
  await selectGrid(page, SELECTED_CODE);

  const overdue = await apiGet<ProblemsResponse>(page, '/api/problems?overdue=1');
  expect(overdue.total).toBeGreaterThan(0);
  await page.getByRole('button', { name: '问题清单', exact: true }).click();
  await page.getByRole('region', { name: '问题清单' }).getByRole('checkbox', { name: '只看超期' }).check();

  await page.getByRole('button', { name: '导出', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导出会议用图' });
  await expect(dialog).toContainText(`所选网格 ${SELECTED_CODE} 在图上加粗标出`);
  await expect(dialog).toContainText('问题按列表的 1 项筛选条件导出');
  await expect(dialog.getByLabel('范围')).toHaveValue('view');

  // the preview is the print sheet itself, drawn with the screen's selection and filter
  const preview = dialog.locator('.print-preview');
  await expect(preview).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  const sheet = dialog.frameLocator('iframe');
  await expect(sheet.locator('h1')).toHaveText('大方县创建全国文明城市网格化管理 — 第 47 周 报送情况');
  await expect(sheet.locator('[data-legend="selected"]')).toContainText(SELECTED_CODE);
  await expect(sheet.locator('.filter-note')).toHaveText('问题筛选：仅超期');
  const pinRows = await sheet.locator('section.legend').nth(1).locator('tfoot .num').first().textContent();
  expect(Number(pinRows)).toBe(overdue.total);

  // typing the title changes the preview's heading at once, without drawing the map again
  const title = dialog.getByLabel('标题');
  await title.fill('第 47 周 创文例会 城北社区');
  await expect(sheet.locator('h1')).toHaveText('第 47 周 创文例会 城北社区');
  await expect(preview).toHaveAttribute('data-state', 'ready');

  // a change of paper draws the sheet again, on the new paper
  await dialog.getByLabel('纸张').selectOption('A3');
  await expect(preview).toHaveAttribute('data-state', 'loading');
  await expect(preview).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(sheet.locator('section.sheet')).toHaveClass(/paper-A3/);
  await dialog.getByLabel('纸张').selectOption('A4');
  await dialog.getByLabel('范围').selectOption('town');
  await dialog.getByRole('radio', { name: 'PNG 图片（300 dpi）' }).check();

  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  await expect(dialog.locator('progress')).toBeVisible();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('报送情况_2026-11-20_A4.png');
  await expect(dialog).toContainText('已下载 报送情况_2026-11-20_A4.png');

  const png = readPng(readFileSync((await download.path())!));
  // A4 landscape at 300 dpi: 297 × 210 mm → 3508 × 2480 px
  expect(png.width).toBeGreaterThanOrEqual(3508);
  expect(png.height).toBeGreaterThanOrEqual(2480);
  const count = (hex: string | ReturnType<typeof hexRgb>, tolerance: number) => {
    const want = typeof hex === 'string' ? hexRgb(hex) : hex;
    let n = 0;
    for (let y = 0; y < png.height; y += 3) for (let x = 0; x < png.width; x += 3) if (near(png.at(x, y), want, tolerance)) n += 1;
    return n * 9;
  };
  // the map is drawn in the week's colours, and the selected grid has its dark outline (a ~9 px line
  // around a grid of ~2,000 px perimeter at this size: tens of thousands of pixels; nothing else is that colour)
  expect(count(expectedFill('on_time'), 3)).toBeGreaterThan(500_000);
  expect(count(expectedFill('missing'), 3)).toBeGreaterThan(100_000);
  expect(count(MAP_COLORS.selection, 6)).toBeGreaterThan(10_000);
});
