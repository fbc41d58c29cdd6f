import { expect, fetchGrids, openMap, selectGrid, test } from './helpers.ts';

test('the page loads nothing from outside its own origin', async ({ page, watch, baseURL }) => {
  await openMap(page);
  await page.getByRole('switch', { name: '专项责任区' }).check();
  await selectGrid(page, (await fetchGrids(page)).features[0].properties.code);
  await page.getByRole('button', { name: '上一周' }).click();
  await page.getByRole('button', { name: '切换到英文界面' }).click();

  const origin = new URL(baseURL!).origin;
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const all = [...watch.requests, ...resources].filter((u) => /^(https?|wss?):/.test(u));
  expect(all.length).toBeGreaterThan(5);
  expect(all.filter((u) => new URL(u).origin !== origin)).toEqual([]);
  // the map's worker and styles come from the app's own assets, fonts from the system
  expect(all.some((u) => /maplibre-gl-worker.*\.mjs$/.test(u))).toBe(true);
  expect(all.filter((u) => /\.(woff2?|ttf|otf|pbf)(\?|$)/.test(u))).toEqual([]);
});
