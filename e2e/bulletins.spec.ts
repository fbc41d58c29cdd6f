import { readFileSync } from 'node:fs';
import type { GridsResponse, StatusResponse, WallResponse } from '@wangge/geodata';
import { namedIn, statusUnitIds } from '../scripts/lib/bulletin/bulletin-lists.ts';
import { readDocx } from '../scripts/lib/bulletin/docx-text.ts';
import { pdfPageTexts } from '../scripts/lib/export/pdf-text.ts';
import { apiGet, expect, expectedFill, fetchStatus, mapRegion, matchShare, openMap, sampleGrids, test, waitForMapIdle } from './helpers.ts';
import { loginAs } from './login.ts';

/** The main app's clock is Wednesday 2026-11-25 10:00: week 2026-11-20 was due on Monday and is still open. */
const WEEK = '2026-11-20';

type Units = { id: string; name: string }[];

test('a leader downloads the Monday 通报 as PDF and Word, naming exactly the units the status map says are late and missing', async ({ page }) => {
  // each file renders the week's status map headless first
  test.setTimeout(180_000);
  await loginAs(page, 'leader');
  await openMap(page, `?view=overdue&week=${WEEK}`);
  const expected = statusUnitIds(await fetchStatus(page, WEEK));
  expect(expected.missing.length, 'units to name').toBeGreaterThan(0);
  const units = await apiGet<Units>(page, '/api/units');

  const panel = page.getByRole('region', { name: '周通报' });
  await expect(panel).toContainText('未发布');
  const download = async (format: string) => {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), panel.getByRole('link', { name: new RegExp(`通报（${format}）`) }).click()]);
    expect(file.suggestedFilename()).toBe(`通报_${WEEK}.${format === 'PDF' ? 'pdf' : 'docx'}`);
    return new Uint8Array(readFileSync(await file.path()));
  };

  const pdf = (await pdfPageTexts(await download('PDF'))).join('\n');
  expect(pdf.replace(/\s/g, '').startsWith('县创文办')).toBe(true);
  expect(namedIn(pdf, '二、未报单位', '三、逾期报送单位', units)).toEqual(expected.missing);
  expect(namedIn(pdf, '三、逾期报送单位', '四、按时报送单位', units)).toEqual(expected.late);

  const word = readDocx(await download('Word'));
  expect(word.paragraphs[0]).toBe('县创文办');
  const text = word.paragraphs.join('\n');
  expect(namedIn(text, '二、未报单位', '三、逾期报送单位', units)).toEqual(expected.missing);
  expect(namedIn(text, '三、逾期报送单位', '四、按时报送单位', units)).toEqual(expected.late);
  expect(word.media).toHaveLength(1);
});

test('an admin writes the 县创文办 comment on the week not yet issued', async ({ page }) => {
  await loginAs(page, 'admin');
  await openMap(page, `?view=overdue&week=${WEEK}`);
  const panel = page.getByRole('region', { name: '周通报' });
  await panel.getByLabel('县创文办意见').fill('请未报单位于周四前补报。');
  await panel.getByRole('button', { name: '保存意见' }).click();
  await expect(panel.getByRole('status')).toHaveText('意见已保存。');
  const bulletin = await apiGet<{ comment: { text: string } | null }>(page, `/api/bulletins?week=${WEEK}`);
  expect(bulletin.comment?.text).toBe('请未报单位于周四前补报。');
});

test('the wall display, opened with a display token and no login, draws the status map and the week\'s figures', async ({ page }) => {
  await loginAs(page, 'admin');
  await openMap(page, '?view=webhooks');
  const tokens = page.getByRole('region', { name: '大屏令牌' });
  await tokens.getByLabel('名称（如：创文办大屏）').fill('创文办大屏');
  await tokens.getByRole('button', { name: '生成令牌' }).click();
  const address = (await tokens.getByRole('status').locator('code').textContent())!;
  const token = new URL(address).searchParams.get('token')!;
  await expect(tokens.getByRole('button', { name: '吊销 创文办大屏' })).toBeVisible();
  await page.request.post('/api/auth/logout');
  await page.context().clearCookies();
  await page.setViewportSize({ width: 1600, height: 900 });

  await page.goto(new URL(address).pathname + new URL(address).search);
  const region = mapRegion(page);
  await expect(region).toHaveAttribute('data-shown-week', WEEK);
  await waitForMapIdle(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('创文办');

  // a map that draws nothing fails: every grid the figures leave uncovered shows its status colour
  const status = await apiGet<StatusResponse>(page, `/api/status?week=${WEEK}`);
  const grids = await apiGet<GridsResponse>(page, '/api/grids');
  const samples = await sampleGrids(page, grids, status.grids.map((g) => g.gridId));
  const checked = status.grids.filter((g) => samples[g.gridId].filter((s) => !s.covered).length >= 3);
  expect(checked.length, 'grids visible beside the figures').toBeGreaterThanOrEqual(10);
  for (const g of checked) expect(matchShare(samples[g.gridId].filter((s) => !s.covered), expectedFill(g.status)), `${g.code} drawn ${g.status}`).toBeGreaterThanOrEqual(0.8);
  expect(new Set(checked.map((g) => g.status)).size, 'more than one colour on the map').toBeGreaterThan(1);

  const wall = await (await page.request.get('/api/wall', { headers: { 'x-display-token': token } })).json() as WallResponse;
  await expect(page.getByTestId('wall-rate')).toHaveText(`${Math.round(wall.thisWeek.rate! * 1000) / 10}%`);
  await expect(page.getByRole('timer')).toHaveText('已截止');
  const missing = statusUnitIds(status).missing;
  const outstanding = page.getByRole('complementary', { name: '本周数据' }).locator('section').nth(1);
  await expect(outstanding.locator('li')).toHaveCount(missing.length);
  // readable, not cut off: the last unit of the list is on screen
  await expect(outstanding.locator('li').last()).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: 'test-results/e2e-artifacts/wall.png' });
});
