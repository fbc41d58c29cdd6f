import { geometryBBox, type ConfigResponse, type GridDetailResponse, type LocateResponse, type ZonesResponse } from '@wangge/geodata';
import { apiGet, expect, fetchGrids, mapRegion, openMap, pointsOn, selectGrid, sidePanel, test } from './helpers.ts';

const atParam = (url: string) => new URL(url).searchParams.get('at');

test.describe('inspecting a place', () => {
  test('clicking a grid shows who answers for it', async ({ page }) => {
    await openMap(page);
    const grids = await fetchGrids(page);
    // a grid held by several units shows the most
    const grid = [...grids.features].sort((a, b) => b.properties.unitIds.length - a.properties.unitIds.length)[0].properties;
    const id = await selectGrid(page, grid.code);
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    const detail = await apiGet<GridDetailResponse>(page, `/api/grids/${id}?week=${config.currentWeek}`);

    const panel = sidePanel(page);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(detail.grid.name);
    const lead = detail.units.find((u) => u.lead)!;
    await expect(panel.locator('.unit-item', { hasText: lead.name })).toContainText('牵头');
    for (const u of detail.units) await expect(panel).toContainText(u.name);
    await expect(panel).toContainText(detail.community.name);
    await expect(panel).toContainText(detail.streetOffice.name);
    await expect(panel).toContainText(detail.area.leaderTitle);
    if (detail.manager) await expect(panel).toContainText(detail.manager.phone);
    for (const p of detail.supervisors) await expect(panel).toContainText(p.phone);
    await expect(panel.getByRole('list', { name: '近 8 周' }).getByRole('listitem')).toHaveCount(8);
  });

  test('a click outside every grid says so', async ({ page }) => {
    await openMap(page);
    await page.evaluate(() => window.__wanggeMap!.jumpTo({ zoom: window.__wanggeMap!.getZoom() - 1.5 }));
    const [point] = await pointsOn(page, 'grids-fill', null, 24);
    expect(point, 'an empty spot on the map').toBeDefined();
    await mapRegion(page).click({ position: point });
    await expect(sidePanel(page).getByRole('heading', { level: 2 })).toHaveText('此处不在任何网格内');
    await expect(page).toHaveURL(/[?&]at=/);
    await expect(page).not.toHaveURL(/[?&]grid=/);
  });

  test('a click inside a zone lists the zone and its departments', async ({ page }) => {
    await openMap(page);
    await page.getByRole('switch', { name: '专项责任区' }).check();
    await expect(page).toHaveURL(/layers=[^&]*zones/);
    const zones = await apiGet<ZonesResponse>(page, '/api/zones');
    let clicked: LocateResponse | null = null;
    for (const zone of zones.features) {
      const points = await pointsOn(page, 'zones-fill', zone.properties.id, 4, geometryBBox(zone.geometry));
      if (points.length === 0) continue;
      const before = atParam(page.url());
      await mapRegion(page).click({ position: points[Math.floor(points.length / 2)] });
      await expect.poll(() => atParam(page.url())).not.toBe(before);
      const [lon, lat] = atParam(page.url())!.split(',');
      clicked = await apiGet<LocateResponse>(page, `/api/locate?lon=${lon}&lat=${lat}`);
      if (clicked.zones.some((z) => z.id === zone.properties.id)) break;
    }
    expect(clicked?.zones.length, 'a zone under the click').toBeGreaterThan(0);
    const panel = sidePanel(page);
    await expect(panel.getByRole('heading', { name: '所在专项责任区' })).toBeVisible();
    for (const z of clicked!.zones) {
      await expect(panel).toContainText(z.name);
      for (const u of z.units) await expect(panel.locator('.zone-item', { hasText: z.name })).toContainText(u.name);
    }
  });

  test('the panel closes and the selection leaves the URL', async ({ page }) => {
    await openMap(page);
    const grids = await fetchGrids(page);
    await selectGrid(page, grids.features[0].properties.code);
    await sidePanel(page).getByRole('button', { name: '关闭' }).click();
    await expect(sidePanel(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&](grid|at)=/);
  });
});
