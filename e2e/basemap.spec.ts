import { STATUS_COLORS, type Basemap, type ConfigResponse } from '@wangge/geodata';
import { COMMUNITY_FILL_OVER_BASEMAP } from '../web/src/communities/communities.layer.ts';
import { GRID_FILL_OPACITY } from '../web/src/grids/grids.layer.ts';
import { MAP_COLORS } from '../web/src/map/theme.ts';
import { expect, fetchGrids, fetchStatus, mapRegion, matchShare, near, openMap, sampleGrids, test, type Rgb } from './helpers.ts';
import { solidPng } from './solid-png.ts';

const TILE: Rgb = [90, 160, 224];
const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
const over = (top: Rgb, alpha: number, under: Rgb): Rgb => top.map((c, i) => Math.round(c * alpha + under[i] * (1 - alpha))) as Rgb;

/**
 * A server configured with WANGGE_BASEMAP hands the tiles to the map through /api/config. The
 * test machine has no internet, so the config names tiles on the app's own origin and the test
 * answers them with one known colour: where no community lies the map must show exactly that colour,
 * and the grids must still show their status colours, with the streets let through.
 */
test('a configured basemap draws under the grids, credited', async ({ page, baseURL }) => {
  const tileRequests: string[] = [];
  await page.route('**/e2e-tiles/**', (route) => {
    tileRequests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: solidPng(256, TILE) });
  });
  await page.route('**/api/config', async (route) => {
    const config = (await (await route.fetch()).json()) as ConfigResponse;
    const basemap: Basemap = { name: 'custom', layers: [{ tiles: [`${baseURL}/e2e-tiles/{z}/{x}/{y}.png`] }], attribution: '© e2e 测试底图', maxzoom: 19 };
    await route.fulfill({ json: { ...config, basemap } });
  });
  await openMap(page);
  expect(tileRequests.length).toBeGreaterThan(0);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('© e2e 测试底图');

  const outside = await page.evaluate(
    () =>
      new Promise<number[][]>((resolve) => {
        const map = window.__wanggeMap!;
        const canvas = map.getCanvas();
        map.once('render', () => {
          const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
          const ratio = gl.drawingBufferWidth / canvas.clientWidth;
          const out: number[][] = [];
          for (let y = 20; y < canvas.clientHeight - 20; y += 40) {
            for (let x = 20; x < canvas.clientWidth - 20; x += 40) {
              if (map.queryRenderedFeatures([[x - 4, y - 4], [x + 4, y + 4]]).some((f) => f.source !== 'basemap-0')) continue;
              const px = new Uint8Array(4);
              gl.readPixels(Math.round(x * ratio), gl.drawingBufferHeight - 1 - Math.round(y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
              out.push([px[0], px[1], px[2]]);
            }
          }
          resolve(out);
        });
        map.triggerRepaint();
      }),
  );
  expect(outside.length).toBeGreaterThan(10);
  expect(outside.filter((rgb) => near(rgb as Rgb, TILE, 3)).length / outside.length).toBeGreaterThan(0.95);

  const grids = await fetchGrids(page);
  const status = await fetchStatus(page, (await mapRegion(page).getAttribute('data-shown-week'))!);
  const { gridId: grid, status: gridStatus } = status.grids[0];
  const ground = over(hex(MAP_COLORS.communityFill), COMMUNITY_FILL_OVER_BASEMAP, TILE);
  const expected = over(hex(STATUS_COLORS[gridStatus]), GRID_FILL_OPACITY, ground);
  const samples = (await sampleGrids(page, grids, [grid]))[grid];
  expect(matchShare(samples, expected)).toBeGreaterThan(0.8);
});
