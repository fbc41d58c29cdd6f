import type { ConfigResponse, StatusResponse } from '@wangge/geodata';
import { addWeeks } from '@wangge/geodata';
import { apiGet, expect, expectedFill, fetchGrids, fetchStatus, matchShare, openMap, sampleGrids, test, waitForWeek } from './helpers.ts';

test.describe('the week picker', () => {
  test('starts on the current week and cannot go past it', async ({ page }) => {
    await openMap(page);
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    await expect(page.getByRole('combobox', { name: '周次' })).toHaveValue(config.currentWeek);
    await expect(page.getByRole('button', { name: '下一周' })).toBeDisabled();
    await expect(page).toHaveURL(new RegExp(`week=${config.currentWeek}`));
  });

  test('changes the colours to the chosen week', async ({ page }) => {
    await openMap(page);
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    const current = await fetchStatus(page, config.currentWeek);
    // the latest earlier week in which some grid's status differs from this week's
    let earlier: StatusResponse | null = null;
    let changed: string | null = null;
    for (let n = 1; n <= 7 && !changed; n++) {
      earlier = await fetchStatus(page, addWeeks(config.currentWeek, -n));
      changed = current.grids.find((g) => earlier!.grids.find((e) => e.gridId === g.gridId)?.status !== g.status)?.gridId ?? null;
    }
    expect(changed, 'the seeded history has a grid whose status changed').not.toBeNull();
    const grids = await fetchGrids(page);
    const statusIn = (s: StatusResponse) => s.grids.find((g) => g.gridId === changed)!.status;

    const before = (await sampleGrids(page, grids, [changed!]))[changed!];
    expect(matchShare(before, expectedFill(statusIn(current)))).toBeGreaterThanOrEqual(0.8);

    await page.getByRole('combobox', { name: '周次' }).selectOption(earlier!.week);
    await waitForWeek(page, earlier!.week);
    await expect(page).toHaveURL(new RegExp(`week=${earlier!.week}`));
    const after = (await sampleGrids(page, grids, [changed!]))[changed!];
    expect(matchShare(after, expectedFill(statusIn(earlier!))), `drawn as ${statusIn(earlier!)}`).toBeGreaterThanOrEqual(0.8);

    await expect(page.getByRole('button', { name: '下一周' })).toBeEnabled();
    await page.getByRole('button', { name: '上一周' }).click();
    await waitForWeek(page, addWeeks(earlier!.week, -1));
  });

  test('a link to a future week shows the current week instead', async ({ page }) => {
    const config = await page.request.get('/api/config').then((r) => r.json() as Promise<ConfigResponse>);
    await openMap(page, `?week=${addWeeks(config.currentWeek, 2)}`);
    await waitForWeek(page, config.currentWeek);
    await expect(page).toHaveURL(new RegExp(`week=${config.currentWeek}`));
  });
});
