import { STATUS_COLORS, type CityStatusResponse, type CountiesResponse, type GridsResponse } from '@wangge/geodata';
import { apiGet, expect, openMap, test, waitForMapIdle } from './helpers.ts';
import { loginAs } from './login.ts';
import { CITY_URL } from './servers.ts';

// Dafang and its two synthetic neighbours (WANGGE_SEED=demo-city)
test.use({ baseURL: CITY_URL });

const picker = (page: import('@playwright/test').Page) => page.getByRole('combobox', { name: '县（区）' });

test.describe('a city of several counties', () => {
  test('opens on a county named in the address, and switches county in place', async ({ page }) => {
    const counties = await apiGet<CountiesResponse>(page, '/api/counties');
    expect(counties.map((c) => c.id)).toEqual(['dafang', '520597', '520598']);
    await openMap(page);
    await expect(page).toHaveURL(/[?&]county=dafang/);
    await expect(page.locator('.brand-county')).toHaveText('大方县');
    await expect(picker(page)).toHaveValue('dafang');
    // a marker on the window survives only if the page is not reloaded
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const grids = page.waitForResponse((r) => r.url().includes('/api/grids?county=520598'));
    await picker(page).selectOption('520598');
    const east = (await (await grids).json()) as GridsResponse;
    expect(east.features).toHaveLength(32);
    await expect(page).toHaveURL(/[?&]county=520598/);
    await expect(page.locator('.brand-county')).toHaveText('示例东县');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await waitForMapIdle(page);
    // the new county's grids are drawn: MapLibre has them in view
    const drawn = await page.evaluate(() => window.__wanggeMap!.queryRenderedFeatures().filter((f) => String(f.properties?.code ?? '').startsWith('520598')).length);
    expect(drawn).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/e2e-artifacts/city-east.png' });
  });

  test('a link with county= opens that county', async ({ page }) => {
    await openMap(page, '?county=520597');
    await expect(page.locator('.brand-county')).toHaveText('示例西县');
    await expect(picker(page)).toHaveValue('520597');
  });

  test('opens a city-wide leader on the whole city, each county in its on-time colour; a click on the map opens one', async ({ page }) => {
    await loginAs(page, 'leader');
    await openMap(page);
    const overview = page.getByRole('dialog', { name: /全市概览/ });
    await expect(overview).toBeVisible();
    await expect(overview.getByRole('row')).toHaveCount(4);
    await expect(overview).toContainText('%');
    await waitForMapIdle(page);
    const week = new URL(page.url()).searchParams.get('week') ?? (await apiGet<{ currentWeek: string }>(page, '/api/config')).currentWeek;
    const status = await apiGet<CityStatusResponse>(page, `/api/city/status?week=${week}`);
    const drawn = await page.evaluate(() => {
      const seen = new Map<string, string>();
      for (const f of window.__wanggeMap!.queryRenderedFeatures({ layers: ['city-fill'] })) seen.set(String(f.properties.countyId), String(f.properties.colour));
      return Object.fromEntries(seen);
    });
    // every county is on screen, in the colour of its share (≥ 90% green, ≥ 60% orange, else red; none due grey)
    const expected = Object.fromEntries(status.counties.map((c) => [c.countyId, STATUS_COLORS[c.onTimeShare === null ? 'not_due' : c.onTimeShare >= 0.9 ? 'on_time' : c.onTimeShare >= 0.6 ? 'late' : 'missing']]));
    expect(drawn).toEqual(expected);
    await page.screenshot({ path: 'test-results/e2e-artifacts/city-overview.png' });
    const at = await page.evaluate(() => {
      const map = window.__wanggeMap!;
      const label = map.queryRenderedFeatures({ layers: ['city-label'] }).find((f) => f.properties.countyId === '520597')!;
      const p = map.project((label.geometry as unknown as { coordinates: [number, number] }).coordinates);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y + 24 };
    });
    await page.mouse.click(at.x, at.y);
    await expect(overview).toBeHidden();
    await expect(page).toHaveURL(/[?&]county=520597/);
    await expect(page.locator('.brand-county')).toHaveText('示例西县');
    // the overview comes back from the header, and its table opens a county too
    await page.getByRole('button', { name: '全市概览' }).click();
    await overview.getByRole('button', { name: '示例东县' }).click();
    await expect(overview).toBeHidden();
    await expect(page.locator('.brand-county')).toHaveText('示例东县');
  });

  test("keeps a county's planner in their county", async ({ page }) => {
    await loginAs(page, '520598-planner');
    await openMap(page);
    await expect(page.locator('.brand-county')).toHaveText('示例东县');
    await expect(picker(page)).toBeDisabled();
    await expect(page.getByRole('button', { name: '全市概览' })).toHaveCount(0);
    const other = await page.request.get('/api/grids?county=dafang');
    expect(other.status()).toBe(403);
  });

  test("exports a county's meeting map from that county's data", async ({ page }) => {
    await loginAs(page, 'leader');
    const res = await page.request.get('/api/export?county=520598&week=2026-11-20&format=png&kind=status', { timeout: 120_000 });
    expect(res.status(), await res.text().catch(() => '')).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
  });
});
