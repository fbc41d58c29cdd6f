import type { ConfigResponse } from '@wangge/geodata';
import { STATUS_ORDER } from '@wangge/geodata';
import { apiGet, expect, expectedFill, fetchGrids, fetchStatus, mapRegion, matchShare, openMap, sampleGrids, test } from './helpers.ts';

test.describe('the status map', () => {
  test('draws every grid in its status colour for the current week', async ({ page }) => {
    await openMap(page);
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    await expect(mapRegion(page)).toHaveAttribute('data-shown-week', config.currentWeek);
    const [grids, status] = await Promise.all([fetchGrids(page), fetchStatus(page, config.currentWeek)]);
    expect(status.grids.length).toBe(grids.features.length);

    const samples = await sampleGrids(page, grids, status.grids.map((g) => g.gridId));
    for (const g of status.grids) {
      const s = samples[g.gridId];
      expect(s.length, `${g.code}: fill pixels sampled`).toBeGreaterThanOrEqual(3);
      expect(matchShare(s, expectedFill(g.status)), `${g.code} is drawn as ${g.status}`).toBeGreaterThanOrEqual(0.8);
    }

    // the probe reads real pixels: painted another colour, the same places no longer match
    await page.evaluate(() => window.__wanggeMap!.setPaintProperty('grids-fill', 'fill-color', '#ff00ff'));
    const first = status.grids[0];
    const repainted = (await sampleGrids(page, grids, [first.gridId]))[first.gridId];
    expect(repainted.length).toBeGreaterThanOrEqual(3);
    expect(matchShare(repainted, expectedFill(first.status))).toBe(0);
  });

  test('has a legend that counts grids per status as the API does', async ({ page }) => {
    await openMap(page);
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    const status = await fetchStatus(page, config.currentWeek);
    const legend = page.getByRole('region', { name: '周报状态' });
    for (const s of STATUS_ORDER) {
      await expect(legend.locator(`li[data-status="${s}"] .legend-count`)).toHaveText(String(status.counts[s]));
    }
    await expect(legend).toContainText(`共 ${status.grids.length} 个网格`);
  });

  test('needs no glyph, sprite or tile server: labels are drawn with local fonts', async ({ page }) => {
    await openMap(page);
    const style = await page.evaluate(() => window.__wanggeMap!.getStyle());
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources).every((s) => s.type === 'geojson')).toBe(true);
    const labels = await page.evaluate(() => window.__wanggeMap!.queryRenderedFeatures({ layers: ['communities-label', 'grids-label'] }).length);
    expect(labels, 'labels placed on the map').toBeGreaterThan(0);
  });
});
