import type { ScoresResponse } from '@wangge/geodata';
import { apiGet, expect, mapRegion, test, waitForMapIdle } from './helpers.ts';
import { loginAs } from './login.ts';

test.describe('the quarterly 考核 ranking', () => {
  test('a leader reads the quarter’s ranking with each score’s formula, picks another quarter, and downloads it', async ({ page }) => {
    await loginAs(page, 'leader');
    await page.goto('/?view=scores');
    await expect(mapRegion(page)).toHaveAttribute('data-shown-week', /^\d{4}-\d{2}-\d{2}$/, { timeout: 30_000 });
    await waitForMapIdle(page);
    const view = page.locator('section.drawer[data-drawer="scores"]');
    const picker = view.getByLabel('季度');
    const quarter = await picker.inputValue();
    expect(quarter).toMatch(/^\d{4}Q[1-4]$/);
    const scores = await apiGet<ScoresResponse>(page, `/api/scores?quarter=${quarter}`);
    expect(scores.units.length, 'the seeded history gives the running quarter scores').toBeGreaterThan(0);

    const table = view.getByRole('table', { name: `${quarter} 单位考核排名` });
    await expect(table.locator('tbody tr')).toHaveCount(scores.units.length);
    const best = scores.units[0];
    const first = table.locator(`tbody tr[data-unit="${best.unitId}"]`);
    await expect(first).toContainText(best.unitName);
    await expect(first).toContainText(best.score.toFixed(1));
    await expect(first).toContainText(best.formula);
    await expect(view).toContainText(`周报按时率 ${scores.weights.onTime}%`);
    await page.screenshot({ path: test.info().outputPath('scores.png') });

    // the downloads answer the same quarter
    const xlsx = await page.request.get((await view.getByRole('link', { name: '下载 Excel' }).getAttribute('href'))!);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    const csv = await page.request.get((await view.getByRole('link', { name: '下载 CSV' }).getAttribute('href'))!);
    expect(await csv.text()).toContain(best.unitName);

    // a quarter before the deployment: an honest empty result
    const options = await picker.locator('option').allTextContents();
    await picker.selectOption({ index: options.length - 1 });
    await expect(view).toContainText('这个季度还没有可计分的数据。');
  });
});
