import type { Page } from '@playwright/test';
import type { ConfigResponse } from '@wangge/geodata';
import { BASEMAP_COLORS, VECTOR_BASEMAP_LAYERS } from '../web/src/basemap/vector-basemap.layer.ts';
import { MAP_COLORS } from '../web/src/map/theme.ts';
import { startBasemapApp } from './basemap-server.ts';
import { expect, near, openMap, waitForMapIdle, type Rgb } from './helpers.ts';
import { controlledBySw, offlineTest } from './offline-kit.ts';
import { BASEMAP_URL } from './servers.ts';

const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;

interface Look {
  /** colours on a lattice of points where only the basemap is drawn */
  bare: Rgb[];
  /** the basemap's layers MapLibre drew anywhere in the view */
  drawn: string[];
}

/** What the map shows of its basemap: its colours where nothing of ours lies, and which of its layers it drew. */
function look(page: Page): Promise<Look> {
  return page.evaluate(
    () =>
      new Promise<Look>((resolve) => {
        const map = window.__wanggeMap!;
        const canvas = map.getCanvas();
        map.once('render', () => {
          const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
          const ratio = gl.drawingBufferWidth / canvas.clientWidth;
          const bare: Rgb[] = [];
          for (let y = 20; y < canvas.clientHeight - 20; y += 30) {
            for (let x = 20; x < canvas.clientWidth - 20; x += 30) {
              if (map.queryRenderedFeatures([[x - 4, y - 4], [x + 4, y + 4]]).some((f) => f.source !== 'basemap-0')) continue;
              const px = new Uint8Array(4);
              gl.readPixels(Math.round(x * ratio), gl.drawingBufferHeight - 1 - Math.round(y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
              bare.push([px[0], px[1], px[2]]);
            }
          }
          const drawn = [...new Set(map.queryRenderedFeatures().filter((f) => f.source === 'basemap-0').map((f) => f.layer.id))];
          resolve({ bare, drawn });
        });
        map.triggerRepaint();
      }),
  );
}

/** The basemap shows: its land (not the plain background) where nothing of ours lies, and its streets, roads and names. */
function expectBasemap({ bare, drawn }: Look): void {
  expect(bare.length).toBeGreaterThan(10);
  const share = (rgb: Rgb) => bare.filter((p) => near(p, rgb, 3)).length / bare.length;
  expect(share(hex(MAP_COLORS.background))).toBeLessThan(0.05);
  expect(share(hex(BASEMAP_COLORS.land))).toBeGreaterThan(0.5);
  const L = VECTOR_BASEMAP_LAYERS;
  expect(drawn).toEqual(expect.arrayContaining([L.land, L.streets, L.roads, L.landmarks, L.labels]));
}

offlineTest.describe("Dafang's illustrative PMTiles basemap", () => {
  offlineTest.use({ serviceWorkers: 'allow', baseURL: BASEMAP_URL });
  let app: Awaited<ReturnType<typeof startBasemapApp>>;
  offlineTest.beforeAll(async () => {
    offlineTest.setTimeout(150_000);
    app = await startBasemapApp();
  });
  offlineTest.afterAll(async () => app?.stop());

  offlineTest('draws streets and landmarks under the grids by default, read in ranges from the app, and still does offline', async ({ page, context }) => {
    offlineTest.setTimeout(120_000);
    const ranges: string[] = [];
    page.on('request', (req) => {
      if (req.url().endsWith('/api/basemap.pmtiles')) ranges.push(req.headers().range ?? 'whole');
    });
    await openMap(page);
    const config = (await (await page.request.get('/api/config')).json()) as ConfigResponse;
    expect(config.basemap).toMatchObject({ name: 'pmtiles', archive: '/api/basemap.pmtiles' });
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.every((r) => /^bytes=\d+-\d+$/.test(r))).toBe(true);
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('示意底图');
    await page.screenshot({ path: offlineTest.info().outputPath('basemap-online.png') });
    expectBasemap(await look(page));

    // the worker takes over on the next load and keeps the whole archive for later
    await controlledBySw(page);
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('wangge-basemap')).keys()).map((r) => new URL(r.url).pathname)), { timeout: 20_000 }).toEqual(['/api/basemap.pmtiles']);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.cache-age')).toContainText('离线', { timeout: 30_000 });
    await waitForMapIdle(page);
    await page.screenshot({ path: offlineTest.info().outputPath('basemap-offline.png') });
    expectBasemap(await look(page));
    await context.setOffline(false);
  });
});
