import { apiGet, expect, mapRegion, openMap, roomiestGrid, selectGrid, sidePanel, test } from './helpers.ts';
import { loginAs } from './login.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone the panel is a sheet below a map that stays usable', async ({ page }) => {
  await openMap(page);
  await expect(page.getByRole('combobox', { name: '搜索网格' })).toBeVisible();
  await expect(page.getByRole('region', { name: '周报状态' })).toBeVisible();
  await selectGrid(page, await roomiestGrid(page));

  const sheet = (await sidePanel(page).boundingBox())!;
  const map = (await mapRegion(page).boundingBox())!;
  expect(sheet.width).toBe(390);
  expect(sheet.y + sheet.height).toBeCloseTo(844, 0);
  expect(sheet.y, 'the sheet starts where the map ends').toBeCloseTo(map.y + map.height, 0);
  expect(map.height, 'map height with the sheet open').toBeGreaterThan(250);
  // the map redrew at its new size
  const canvasHeight = await page.evaluate(() => window.__wanggeMap!.getCanvas().clientHeight);
  expect(canvasHeight).toBeCloseTo(map.height, 0);
});

test('on a phone a problem card keeps its close button in the title band, never over the description, however far it is scrolled', async ({ page }) => {
  const problems = await apiGet<{ features: { properties: { id: string } }[] }>(page, '/api/problems?limit=1');
  await openMap(page, `?problem=${problems.features[0].properties.id}`);
  const card = page.locator('aside.problem-panel');
  await expect(card.locator('.problem-description')).toBeVisible();
  for (const scroll of [0, 60, 400]) {
    await card.evaluate((el, y) => el.scrollTo(0, y), scroll);
    const close = (await card.locator('.panel-close').boundingBox())!;
    const title = (await card.locator('.panel-title').boundingBox())!;
    const description = (await card.locator('.problem-description').boundingBox())!;
    expect(close.y, `scrolled ${scroll}: the button starts in the title band`).toBeGreaterThanOrEqual(title.y);
    expect(close.y + close.height, `scrolled ${scroll}: and ends in it`).toBeLessThanOrEqual(title.y + title.height);
    // the description is below the band, or scrolled under it (the band is drawn over it)
    const under = description.y < title.y + title.height;
    if (under) expect(await card.locator('.panel-title').evaluate((t) => getComputedStyle(t).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  }
  await page.screenshot({ path: test.info().outputPath('phone-card-scrolled.png') });
});

test('on a phone the header keeps the week readable and every control on screen', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('wangge.lang', 'en'));
  // logged in, so the header has its most controls (Export is for staff)
  await loginAs(page, 'leader');
  await openMap(page);
  const week = page.getByRole('combobox', { name: 'Week' });
  // "Fri 20 Nov · this week" needs ~170 px; squeezed beside the buttons it had shrunk to a sliver
  expect((await week.boundingBox())!.width).toBeGreaterThan(200);
  await expect(page.getByRole('button', { name: 'Export' })).toBeVisible();
  for (const button of await page.locator('.app-header').getByRole('button').all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width, `${await button.getAttribute('aria-label') ?? await button.textContent()} inside the screen`).toBeLessThanOrEqual(390);
  }
});

test('on a phone Tab walks the header in the order it is seen: top row left to right, then the week, then the search', async ({ page }) => {
  await openMap(page);
  const header = page.locator('.app-header');
  // where each control Tab reaches sits, until focus leaves the header
  const seen: { name: string; x: number; y: number }[] = [];
  await page.locator('body').focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || !el.closest('.app-header')) return null;
      const r = el.getBoundingClientRect();
      return { name: el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName, x: r.x, y: r.y + r.height / 2 };
    });
    if (!at) {
      if (seen.length) break;
      continue;
    }
    seen.push(at);
  }
  await expect(header).toBeVisible();
  expect(seen.length, seen.map((s) => s.name).join(' → ')).toBeGreaterThanOrEqual(4);
  for (let i = 1; i < seen.length; i++) {
    const [a, b] = [seen[i - 1], seen[i]];
    const sameRow = Math.abs(a.y - b.y) < 8;
    // reading order: a lower row, or further right on the same row
    expect(sameRow ? b.x > a.x : b.y > a.y, `${a.name} → ${b.name}: ${seen.map((s) => s.name).join(' → ')}`).toBe(true);
  }
  expect(seen.at(-1)!.name, 'the search, on the bottom row, comes last').toBe('搜索网格');
});

test('on a phone the English accountability tabs each fit one line, all six on screen', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('wangge.lang', 'en'));
  await loginAs(page, 'admin');
  await openMap(page, '?view=exempt');
  const tabs = page.getByRole('navigation', { name: 'Accountability' }).getByRole('button');
  await expect(tabs).toHaveText(['Overdue', 'Trends', 'Problems', 'Exempt', 'Robots', 'Scores']);
  const one = await tabs.first().evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
  for (const tab of await tabs.all()) {
    const box = (await tab.boundingBox())!;
    // "Overdue / list" on two lines was twice this tall
    expect(box.height, `${await tab.textContent()} on one line`).toBeLessThan(2 * one);
    expect(box.x + box.width, `${await tab.textContent()} inside the screen`).toBeLessThanOrEqual(390);
  }
});
