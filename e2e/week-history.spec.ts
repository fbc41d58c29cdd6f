import type { ConfigResponse, StatusResponse } from '@wangge/geodata';
import { apiGet, expect, mapRegion, openMap, test } from './helpers.ts';
import { loginAs } from './login.ts';
import { HISTORY_URL } from './servers.ts';

/**
 * The record does not move: where a week stands, who is still to report before the deadline, the
 * admin's settings, and grid changes on a Monday that leave every earlier week as it was. Runs on
 * its own app (a Monday morning clock, its own database), since it splits and merges seeded grids.
 */
test.use({ baseURL: HISTORY_URL });

const SHOTS = 'test-results/week-history';

test.describe('weeks and their state', () => {
  test('the picker starts at the deployment’s first week and says where each week stands', async ({ page }) => {
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    await openMap(page);
    const picker = page.getByRole('group', { name: '周次' });
    const values = await picker.locator('select option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values.length).toBeGreaterThan(1);
    expect(values.every((w) => w >= config.firstWeek), `no week before ${config.firstWeek}`).toBe(true);
    expect(values).toContain(config.firstWeek);
    await expect(page.locator('.week-state')).toHaveText('进行中');

    await picker.locator('select').selectOption(config.firstWeek);
    await expect(picker.getByRole('button', { name: '上一周' })).toBeDisabled();
    const first = await apiGet<StatusResponse>(page, `/api/status?week=${config.firstWeek}`);
    await expect(page.locator('.week-state')).toHaveText(first.closedAt ? '已关闭（冻结）' : '进行中');
    await page.screenshot({ path: `${SHOTS}/first-week.png` });

    // a link to a week before the first lands on the first week, never on a red 未报 map
    await openMap(page, '?week=2020-01-03');
    await expect(mapRegion(page)).toHaveAttribute('data-shown-week', config.firstWeek);
    await expect(page).toHaveURL(new RegExp(`week=${config.firstWeek}`));
  });

  test('before the deadline the leader sees the units still to report, with contact and phone', async ({ page }) => {
    await loginAs(page, 'leader');
    await openMap(page, '?view=overdue');
    const pending = page.locator('.pending-list');
    await expect(pending.getByRole('heading')).toContainText(/待报：\d+ 个单位、\d+ 个网格尚未报送/);
    const first = pending.locator('tbody tr').first();
    await expect(first.locator('a.phone')).toHaveAttribute('href', /^tel:/);
    await expect(first.locator('td').nth(1)).not.toBeEmpty();
    await page.screenshot({ path: `${SHOTS}/pending.png` });
  });

  test('an admin sets the close grace and the report requirements, refusals in Chinese', async ({ page }) => {
    await loginAs(page, 'admin');
    const seeded = (await apiGet<ConfigResponse>(page, '/api/config')).closeGraceHours;
    await openMap(page, '?view=settings');
    const drawer = page.locator('section.drawer[data-drawer="settings"]');
    const grace = drawer.getByLabel('宽限时长');
    await grace.fill('500');
    await expect(drawer.getByText('宽限须为 0–168 小时的整数。')).toBeVisible();
    await grace.fill('48');
    await drawer.locator('form').first().getByRole('button', { name: '保存' }).click();
    await expect(drawer.getByRole('status').first()).toHaveText('已保存。');
    expect((await apiGet<ConfigResponse>(page, '/api/config')).closeGraceHours).toBe(48);

    const photos = drawer.getByLabel('现场照片至少（张）');
    await photos.fill('12');
    await expect(drawer.getByText('须为 0–9 的整数')).toBeVisible();
    await photos.fill('2');
    await drawer.locator('form').nth(1).getByRole('button', { name: '保存' }).click();
    await expect(drawer.locator('section').nth(1).getByRole('status')).toHaveText('已保存。');
    expect((await apiGet<{ minPhotos: number }>(page, '/api/report-requirements')).minPhotos).toBe(2);
    await page.screenshot({ path: `${SHOTS}/settings.png` });
    // back as seeded for the tests after
    await page.request.put('/api/report-requirements', { data: { minPhotos: 1 } });
    await page.request.put('/api/close-grace-hours', { data: { hours: seeded } });
  });
});
