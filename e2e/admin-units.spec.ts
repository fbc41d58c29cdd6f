import type { Page } from '@playwright/test';
import type { AuditResponse, ConfigResponse, GridDetailResponse, GridsResponse, UnitAdminInfo } from '@wangge/geodata';
import { apiGet, expect, mapRegion, test, waitForMapIdle } from './helpers.ts';
import { loginAs } from './login.ts';

const drawer = (page: Page) => page.locator('section.drawer[data-drawer="units"]');

async function openUnits(page: Page): Promise<void> {
  await page.goto('/?view=units');
  await expect(mapRegion(page)).toHaveAttribute('data-shown-week', /^\d{4}-\d{2}-\d{2}$/, { timeout: 30_000 });
  await waitForMapIdle(page);
}

/**
 * Units run from the app. The spec works on units it adds itself (the shared e2e database's
 * seeded units and their grids stay as the other specs expect them).
 */
test.describe('units run from the app', () => {
  test.describe.configure({ timeout: 90_000 });

  test('an admin adds two units, corrects a phone, gives one a grid and takes it back, then merges one into the other', async ({ page }) => {
    await loginAs(page, 'admin');
    await openUnits(page);
    const view = drawer(page);
    await expect(view.getByRole('heading', { name: '单位管理' })).toBeVisible();
    await expect(view.locator('li.unit-row').first()).toBeVisible();

    const add = async (name: string, contact: string, phone: string) => {
      await view.getByRole('button', { name: '添加单位' }).click();
      const form = view.getByRole('form', { name: '添加单位' });
      await form.getByLabel('单位名称').fill(name);
      await form.getByLabel('联系人').fill(contact);
      await form.getByLabel('联系电话').fill(phone);
      return form;
    };
    // a phone that is not one is refused as typed
    const first = await add('测试城管局', '赵主任', '12345');
    await expect(first.getByText('电话号码不对：请填 11 位手机号，或带区号的固定电话。')).toBeVisible();
    await expect(first.getByRole('button', { name: '添加', exact: true })).toBeDisabled();
    await first.getByLabel('联系电话').fill('0857-4221234');
    await first.getByRole('button', { name: '添加', exact: true }).click();
    await expect(view.getByRole('status')).toHaveText('已添加 测试城管局');
    const second = await add('测试综合执法局', '钱科长', '13912345678');
    await second.getByRole('button', { name: '添加', exact: true }).click();
    await expect(view.getByRole('status')).toHaveText('已添加 测试综合执法局');

    // a second unit of the same name is refused, naming the field (a refused request would be a console error in the page)
    const twice = await page.request.post('/api/units', { data: { name: '测试城管局', contactName: '孙', contactPhone: '13900000000' } });
    expect([twice.status(), await twice.json()]).toMatchObject([409, { error: { code: 'unit_name_taken', details: { field: 'name' } } }]);

    const units = (await apiGet<UnitAdminInfo[]>(page, '/api/units/manage?q=测试')).filter((u) => u.name.startsWith('测试'));
    const cg = units.find((u) => u.name === '测试城管局')!;
    const zf = units.find((u) => u.name === '测试综合执法局')!;
    const cgRow = view.locator(`li.unit-row[data-unit="${cg.id}"]`);
    const zfRow = view.locator(`li.unit-row[data-unit="${zf.id}"]`);
    await expect(cgRow).toContainText('不负责任何网格');

    // a new contact person and phone
    await cgRow.getByRole('button', { name: '修改名称/联系人' }).click();
    await cgRow.locator('input[name=contactName]').fill('李副主任');
    await cgRow.locator('input[name=contactPhone]').fill('13800001111');
    await cgRow.getByRole('button', { name: '保存' }).click();
    await expect(cgRow).toContainText('李副主任');
    await expect(cgRow.getByRole('link', { name: '13800001111' })).toBeVisible();

    // a grid as a member from next week: shown with its first week, then given back
    await cgRow.getByRole('button', { name: '调整负责网格' }).click();
    const picker = cgRow.getByRole('group', { name: '测试城管局 负责的网格' });
    await picker.getByLabel('按编号或名称筛选网格').fill('520521');
    const pick = picker.locator('ul.unit-grid-picks li').first();
    const gridId = (await pick.getAttribute('data-grid'))!;
    await pick.getByRole('checkbox').check();
    await pick.getByRole('combobox').selectOption('member');
    await page.screenshot({ path: test.info().outputPath('unit-grids.png') });
    await picker.getByRole('button', { name: '保存' }).click();
    await expect(cgRow.locator(`ul.unit-grids li[data-grid="${gridId}"]`)).toContainText(/参与.*周起/);
    await cgRow.getByRole('button', { name: '调整负责网格' }).click();
    await picker.locator(`ul.unit-grid-picks li[data-grid="${gridId}"]`).getByRole('checkbox').uncheck();
    await picker.getByRole('button', { name: '保存' }).click();
    await expect(cgRow).toContainText('不负责任何网格');

    // merged: kept, retired, under its name; no longer offered elsewhere
    await cgRow.getByRole('button', { name: '合并到…' }).click();
    const merge = cgRow.getByRole('group', { name: '把 测试城管局 合并到另一个单位' });
    await merge.locator('select[name=into]').selectOption(zf.id);
    await page.screenshot({ path: test.info().outputPath('unit-merge.png') });
    await merge.getByRole('button', { name: '确认合并' }).click();
    await expect(view.getByRole('status')).toContainText('测试城管局 已并入 测试综合执法局');
    await expect(cgRow).toContainText('已并入 测试综合执法局');
    await expect(cgRow.getByRole('button', { name: '合并到…' })).toHaveCount(0);
    await expect(zfRow.getByRole('button', { name: '合并到…' })).toBeVisible();
    const offered = await apiGet<{ id: string }[]>(page, '/api/units');
    expect(offered.map((u) => u.id)).not.toContain(cg.id);
    await page.screenshot({ path: test.info().outputPath('units.png') });

    // every change is in the audit trail
    const trail = await apiGet<AuditResponse>(page, `/api/audit?q=${cg.id}`);
    expect(trail.entries.map((e) => e.action)).toEqual(['merge', 'grids', 'grids', 'update', 'add']);
  });

  test('a grid short of a supervisor is flagged in the coverage view’s 纵向到底 list, with a link to staff it in the roster', async ({ page }) => {
    await loginAs(page, 'planner');
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    const today = new Date(Date.parse(config.now) + 8 * 3600_000).toISOString().slice(0, 10);
    const grid = (await apiGet<GridsResponse>(page, '/api/grids')).features.map((f) => f.properties).sort((a, b) => a.id.localeCompare(b.id))[0];
    const before = await apiGet<GridDetailResponse>(page, `/api/grids/${grid.id}`);
    const people = (supervisors: { name: string; phone: string }[]) => ({ from: today, manager: { name: before.manager!.name, phone: before.manager!.phone }, supervisors });
    // one supervisor left (a grid just split, say)
    expect((await page.request.put(`/api/grids/${grid.id}/people`, { data: people(before.supervisors.slice(0, 1).map(({ name, phone }) => ({ name, phone }))) })).ok()).toBe(true);
    try {
      await page.goto('/?view=coverage');
      await expect(mapRegion(page)).toHaveAttribute('data-shown-week', /^\d{4}-\d{2}-\d{2}$/, { timeout: 30_000 });
      const coverage = page.locator('section.drawer[data-drawer="coverage"]');
      const item = coverage.locator('section.responsibility li', { hasText: grid.code });
      await expect(item).toContainText('监督员少于 2 名');
      const link = item.getByRole('link', { name: '配齐人员' });
      await expect(link).toHaveAttribute('href', new RegExp(`grid=${grid.id}.*view=roster`));
      await page.screenshot({ path: test.info().outputPath('responsibility-link.png') });
      await link.click();

      const roster = page.locator('section.drawer[data-drawer="roster"]');
      await expect(page).toHaveURL(new RegExp(`view=roster`));
      const row = roster.locator(`li.roster-row[data-grid="${grid.id}"]`);
      await expect(row).toHaveAttribute('data-focused', 'true');
      await expect(row).toContainText('监督员不足 2 名');
      await row.getByRole('button', { name: '调整人员' }).click();
      const form = row.getByRole('form');
      await form.getByRole('button', { name: '添加监督员' }).click();
      const second = form.locator('fieldset', { hasText: '监督员 2' });
      await second.getByLabel('姓名').fill('杨补位');
      await second.getByLabel('电话').fill('13985700002');
      await form.getByRole('button', { name: '保存' }).click();
      await expect(form).toBeHidden();
      await expect(row).not.toContainText('监督员不足 2 名');
      await page.screenshot({ path: test.info().outputPath('roster-focused.png') });
    } finally {
      // the seeded people back, for the specs after this one
      expect((await page.request.put(`/api/grids/${grid.id}/people`, { data: people(before.supervisors.map(({ name, phone }) => ({ name, phone }))) })).ok()).toBe(true);
    }
  });
});
