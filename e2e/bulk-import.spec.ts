import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import type { ConfigResponse, RostersResponse } from '@wangge/geodata';
import { apiGet, expect, mapRegion, test, waitForMapIdle } from './helpers.ts';
import { loginAs } from './login.ts';

const HEADER = ['网格编号', '网格名称（只读）', '岗位', '姓名', '电话', '开始日期', '结束日期'];
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function openView(page: Page, view: string) {
  await page.goto(`/?view=${view}`);
  await expect(mapRegion(page)).toHaveAttribute('data-shown-week', /^\d{4}-\d{2}-\d{2}$/, { timeout: 30_000 });
  await waitForMapIdle(page);
}

/** The exported sheet with rows added at its end, saved as a new .xlsx beside the test's output. */
async function withRows(exported: string, rows: string[][], name: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(exported);
  book.worksheets[0].addRows(rows);
  const path = test.info().outputPath(name);
  await book.xlsx.writeFile(path);
  return path;
}

test.describe('bulk import', () => {
  test.describe.configure({ timeout: 120_000 });

  test('an admin exports the rosters, imports an Excel file with errors, sees each named, fixes them and imports; the rosters and the audit show it', async ({ page }) => {
    await loginAs(page, 'admin');
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    const today = new Date(Date.parse(config.now) + 8 * 3600_000).toISOString().slice(0, 10);
    // a period two weeks ahead: today's rosters (which other specs read) stay as they are
    const from = addDays(today, 14);
    const rosters = await apiGet<RostersResponse>(page, '/api/rosters');
    const [a, b] = rosters.grids;
    const people = rosters.grids.reduce((n, g) => n + (g.manager ? 1 : 0) + g.supervisors.length, 0);

    await openView(page, 'roster');
    const view = page.locator('section.drawer[data-drawer="roster"]');
    const downloading = page.waitForEvent('download');
    await view.getByRole('link', { name: '导出 Excel' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`rosters-${today}.xlsx`);
    const exported = await download.path();
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.readFile(exported);
    expect((sheet.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);

    const bad = await withRows(
      exported,
      [
        [a.code, a.name, '网格管理员', '龙新一', '13985700011', from, ''],
        [a.code, a.name, '监督员', '杨新二', '1398570', from, ''],
        [a.code, a.name, '监督员', '陈新三', '13985700013', from, ''],
        ['520521999999999', '', '监督员', '吴新四', '13985700014', from, ''],
        [b.code, b.name, '网格管理员', '罗新五', '13985700015', from, today],
      ],
      'roster-with-errors.xlsx',
    );
    await view.getByRole('button', { name: '导入' }).click();
    const importer = view.getByRole('region', { name: '导入网格人员' });
    const file = importer.getByLabel('选择文件（.xlsx 或 .csv）');
    await file.setInputFiles(bad);
    await expect(importer.getByText('有 3 行出错，尚未写入任何数据：改正文件后重新选择它。')).toBeVisible();
    const errors = importer.locator('tbody.bulk-row[data-fate="error"]');
    await expect(errors).toHaveCount(3);
    await expect(errors.nth(0)).toContainText('电话“1398570”不是电话号码');
    await expect(errors.nth(1)).toContainText('没有编号为 520521999999999 的在用网格');
    await expect(errors.nth(2)).toContainText(`结束日期 ${today} 不晚于开始日期 ${from}`);
    await expect(importer.locator('tbody.bulk-row[data-fate="unchanged"]')).toHaveCount(people);
    await expect(importer.getByRole('button', { name: '确认导入' })).toBeDisabled();
    await page.screenshot({ path: test.info().outputPath('bulk-preview-errors.png') });

    const fixed = await withRows(
      exported,
      [
        [a.code, a.name, '网格管理员', '龙新一', '13985700011', from, ''],
        [a.code, a.name, '监督员', '杨新二', '13985700012', from, ''],
        [a.code, a.name, '监督员', '陈新三', '13985700013', from, ''],
        [b.code, b.name, '网格管理员', '罗新五', '13985700015', from, ''],
        [b.code, b.name, '监督员', '吴新四', '13985700014', from, ''],
        [b.code, b.name, '监督员', '赵新六', '13985700016', from, ''],
      ],
      'roster-fixed.xlsx',
    );
    await file.setInputFiles(fixed);
    await expect(importer.getByText(`新增 6 · 修改 0 · 不变 ${people} · 错误 0`)).toBeVisible();
    await expect(importer.getByText('全部无误：确认后一次性写入。')).toBeVisible();
    // the people in post today leave on the new period's first day
    await expect(importer.locator('.bulk-removals')).toContainText(`${a.code} 网格管理员 ${a.manager!.name}：自 ${from} 起卸任`);
    await page.screenshot({ path: test.info().outputPath('bulk-preview-fixed.png') });
    await importer.getByRole('button', { name: '确认导入' }).click();
    await expect(importer.getByRole('status')).toHaveText(`已导入：新增 6 行，修改 0 行，${people} 行不变。`);

    // the rosters on that day name the new people; today's are as they were
    await view.getByLabel('查看日期').fill(from);
    await expect(view.locator(`li.roster-row[data-grid="${a.gridId}"]`)).toContainText('龙新一');
    await expect(view.locator(`li.roster-row[data-grid="${b.gridId}"]`)).toContainText('赵新六');
    const later = await apiGet<RostersResponse>(page, `/api/rosters?at=${from}`);
    expect(later.grids.find((g) => g.gridId === a.gridId)).toMatchObject({ manager: { name: '龙新一', from }, flags: [] });
    expect((await apiGet<RostersResponse>(page, '/api/rosters')).grids.find((g) => g.gridId === a.gridId)?.manager?.name).toBe(a.manager!.name);

    // the audit trail says who imported what
    await openView(page, 'audit');
    const audit = page.locator('section.drawer[data-drawer="audit"]');
    await audit.getByRole('searchbox', { name: '搜索' }).fill('龙新一');
    const entry = audit.locator(`li.audit-entry[data-entity="grid-people"][data-entity-id="${a.gridId}"]`);
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('系统管理员');
    await expect(entry).toContainText('import');
  });

  test('an admin exports the units as CSV and imports a new unit after fixing a bad phone and a duplicate', async ({ page }) => {
    await loginAs(page, 'admin');
    await openView(page, 'units');
    const view = page.locator('section.drawer[data-drawer="units"]');
    const downloading = page.waitForEvent('download');
    await view.getByRole('link', { name: '导出 CSV' }).click();
    const text = await readFile(await (await downloading).path(), 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('编号,单位名称,联系人,联系电话,责任网格（只读）');

    const csv = (rows: string[]) => ({ name: 'units.csv', mimeType: 'text/csv', buffer: Buffer.from(['单位名称,联系人,联系电话', ...rows].join('\r\n')) });
    await view.getByRole('button', { name: '导入' }).click();
    const importer = view.getByRole('region', { name: '导入单位' });
    const file = importer.getByLabel('选择文件（.xlsx 或 .csv）');
    await file.setInputFiles(csv(['导入测试局,龙主任,12345', '导入测试局,龙主任,13985700021']));
    const errors = importer.locator('tbody.bulk-row[data-fate="error"]');
    await expect(errors).toHaveCount(2);
    await expect(errors.nth(0)).toContainText('联系电话“12345”不是电话号码');
    await expect(errors.nth(1)).toContainText('与第 2 行是同一个单位');
    await expect(importer.getByRole('button', { name: '确认导入' })).toBeDisabled();

    await file.setInputFiles(csv(['导入测试局,龙主任,13985700021']));
    await expect(importer.locator('tbody.bulk-row[data-fate="new"]')).toContainText('导入测试局');
    await page.screenshot({ path: test.info().outputPath('bulk-units-preview.png') });
    await importer.getByRole('button', { name: '确认导入' }).click();
    await expect(importer.getByRole('status')).toHaveText('已导入：新增 1 行，修改 0 行，0 行不变。');
    await expect(view.locator('li.unit-row', { hasText: '导入测试局' })).toContainText('13985700021');
  });
});
