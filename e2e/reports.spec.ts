import type { ConfigResponse, OverdueResponse, StatusResponse, TrendsResponse } from '@wangge/geodata';
import { addWeeks } from '@wangge/geodata';
import type { Page } from '@playwright/test';
import { apiGet, expect, expectedFill, fetchGrids, fetchStatus, matchShare, openMap, sampleGrids, sidePanel, test, waitForMapIdle, waitForWeek } from './helpers.ts';
import { loginAs } from './login.ts';
import { REPORTS_NOW, REPORTS_URL } from './servers.ts';

// Monday 10:00, before the week's 12:00 deadline: a report sent now is on time
test.use({ baseURL: REPORTS_URL });

const drawer = (page: Page, view: string) => page.locator(`section.drawer[data-drawer="${view}"]`);

/** A 1×1 PNG, as a phone camera's JPEG would be sent: multipart field "photo". */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A grid still pending this week because of exactly one unit (any others already reported on time). */
function pendingBecauseOfOneUnit(status: StatusResponse): { gridId: string; code: string; unitId: string } {
  const grid = [...status.grids]
    .sort((a, b) => a.code.localeCompare(b.code))
    .find((g) => g.status === 'pending' && g.units.filter((u) => u.status === 'pending').length === 1 && g.units.every((u) => u.status === 'pending' || u.status === 'on_time'));
  if (!grid) throw new Error('the seed has no grid pending on a single unit');
  return { gridId: grid.gridId, code: grid.code, unitId: grid.units.find((u) => u.status === 'pending')!.unitId };
}

test.describe('the weekly report cycle', () => {
  test('a unit reporter submits a pending grid’s report and the map turns it on time', async ({ page }) => {
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    expect(config.now).toBe(new Date(REPORTS_NOW).toISOString());
    const week = config.currentWeek;
    const target = pendingBecauseOfOneUnit(await fetchStatus(page, week));
    const grids = await fetchGrids(page);

    await loginAs(page, `reporter-${target.unitId}`);
    await openMap(page, '?view=reports');
    const view = drawer(page, 'reports');
    await expect(view.getByRole('heading', { name: '填报周报' })).toBeVisible();
    await expect(view.getByRole('timer')).toHaveText(/还剩 (2 小时 0 分|1 小时 59 分)/);
    await expect(page.getByRole('button', { name: /账户菜单/ })).toBeVisible();

    const before = (await sampleGrids(page, grids, [target.gridId]))[target.gridId];
    expect(matchShare(before, expectedFill('pending')), 'drawn as pending before').toBeGreaterThanOrEqual(0.8);

    const card = view.locator(`li.report-card[data-grid="${target.gridId}"]`);
    await expect(card.locator('.status-chip')).toHaveText('待报');
    await card.getByRole('button', { name: '填报' }).click();
    const form = card.getByRole('form');
    await form.getByLabel('参加人数').fill('6');
    await form.getByLabel('工作时长（小时）').fill('2.5');
    await form.getByLabel('环境卫生').check();
    await form.getByLabel('创文宣传').check();
    await form.getByLabel('发现问题（个）').fill('3');
    await form.getByLabel('整改问题（个）').fill('2');
    await form.getByLabel('情况说明').fill('清理卫生死角三处，劝导占道经营两起。');
    await form.getByRole('button', { name: '提交周报' }).click();
    await expect(form.getByRole('status')).toHaveText('已提交：按时');
    await expect(card.locator('.status-chip')).toHaveText('按时');

    // the map reads the new status: the grid's fill is the on-time green now
    await expect
      .poll(async () => {
        await waitForMapIdle(page);
        return matchShare((await sampleGrids(page, grids, [target.gridId]))[target.gridId], expectedFill('on_time'));
      })
      .toBeGreaterThanOrEqual(0.8);
    const after = await fetchStatus(page, week);
    expect(after.grids.find((g) => g.gridId === target.gridId)!.status).toBe('on_time');

    // photos attach to the stored report and show as thumbnails
    await card.locator('input[type="file"]').setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: PNG });
    await expect(card.getByRole('img', { name: '现场照片 1' })).toBeVisible();

    // an edit is a new revision of the same report
    await form.getByLabel('参加人数').fill('7');
    await form.getByRole('button', { name: '保存修改' }).click();
    await expect(form.getByRole('status')).toHaveText('已保存第 2 版');
  });

  test('a leader reads the overdue list of a chosen week, sorts and filters it, and sees the trends', async ({ page }) => {
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    const lastWeek = addWeeks(config.currentWeek, -1);
    await loginAs(page, 'leader');
    const overdue = await apiGet<OverdueResponse>(page, `/api/overdue?week=${lastWeek}`);
    expect(overdue.rows.length, 'the seeded history has overdue rows last week').toBeGreaterThan(1);

    await openMap(page, '?view=overdue');
    const view = drawer(page, 'overdue');
    // this week is not due yet: nothing can be late
    await expect(view).toContainText('截止前不计逾期');

    await page.getByRole('combobox', { name: '周次' }).selectOption(lastWeek);
    await waitForWeek(page, lastWeek);
    const table = view.getByRole('table');
    await expect(table.locator('tbody tr')).toHaveCount(overdue.rows.length);

    await table.getByRole('button', { name: '逾期时长' }).click();
    await expect(table.locator('th[aria-sort="descending"]')).toHaveText('逾期时长');
    const longest = Math.max(...overdue.rows.map((r) => r.lateByMinutes));
    const first = overdue.rows.find((r) => r.lateByMinutes === longest)!;
    await expect(table.locator('tbody tr').first()).toContainText(first.unitName);

    // a grid opened from the list sits beside it: the row's status and phone stay in view, not under the panel
    const row = table.locator('tbody tr').first();
    await row.locator('td[data-label="网格"] button').click();
    await expect(sidePanel(page).getByRole('heading', { level: 2 })).toBeVisible();
    const panel = (await sidePanel(page).boundingBox())!;
    await expect.poll(async () => ((b) => b.x + b.width)((await view.boundingBox())!)).toBeLessThanOrEqual(panel.x);
    for (const column of ['状态', '联系电话']) {
      const cell = row.locator(`td[data-label="${column}"]`);
      await expect(cell).toBeVisible();
      const onTop = await cell.evaluate((td) => {
        const r = td.getBoundingClientRect();
        return td.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      });
      expect(onTop, `the ${column} cell is not under the grid panel`).toBe(true);
    }
    await page.screenshot({ path: test.info().outputPath('overdue-with-panel.png') });
    await sidePanel(page).getByRole('button', { name: '关闭' }).click();
    await expect(sidePanel(page)).toHaveCount(0);

    const office = first.streetOfficeId;
    await view.getByLabel('街道').selectOption(office);
    const inOffice = overdue.rows.filter((r) => r.streetOfficeId === office).length;
    await expect(table.locator('tbody tr')).toHaveCount(inOffice);
    const csv = view.getByRole('link', { name: '下载逾期名单（CSV）' });
    await expect(csv).toHaveAttribute('href', `/api/overdue?week=${lastWeek}&streetOffice=${office}&format=csv`);
    const res = await page.request.get((await csv.getAttribute('href'))!);
    expect(res.headers()['content-type']).toContain('text/csv');
    expect((await res.text()).trim().split('\n')).toHaveLength(inOffice + 1);

    await view.getByRole('button', { name: '趋势与排名' }).click();
    await expect(page).toHaveURL(/[?&]view=trends(&|$)/);
    const trends = drawer(page, 'trends');
    const chart = trends.getByRole('img', { name: /按时报送率折线图/ });
    await expect(chart).toBeVisible();
    const overall = await apiGet<TrendsResponse>(page, `/api/trends?week=${lastWeek}&weeks=12&by=overall`);
    const shown = overall.series[0].rates.filter((r) => r !== null).length;
    await expect(chart.locator('[data-series="overall"] circle:not([visibility="hidden"])')).toHaveCount(shown);
    await expect(chart.locator('[data-series="overall"] path')).toHaveAttribute('d', /^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+/);
    await expect(trends.locator('.rank-list[data-tone="best"] li')).toHaveCount(5);
    await expect(trends.locator('.rank-list[data-tone="worst"] li')).toHaveCount(5);
  });
});
