import { readFile } from 'node:fs/promises';
import { request as playwrightRequest, type Page } from '@playwright/test';
import type { CoverageReport, GridsResponse } from '@wangge/geodata';
import type { Position } from 'geojson';
import { apiGet, expect, fetchGrids, mapRegion, openMap, pointsOn, selectGrid, test } from './helpers.ts';
import { DEMO_PASSWORD, loginAs } from './login.ts';
import { MAIN_PORT, EXTERNAL_URL } from './servers.ts';

type Grid = GridsResponse['features'][number];

const drawer = (page: Page) => page.locator('section.drawer[data-drawer="edit"]');
const verdict = (page: Page) => drawer(page).locator('.coverage-verdict').first();
const saveBar = (page: Page) => drawer(page).locator('.save-bar');
const rings = (g: Grid) => (g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates).flat(1);
const key = (p: Position) => `${p[0]},${p[1]}`;
const hasVertex = (g: Grid, v: Position) => rings(g).some((r) => r.some((q) => key(q) === key(v)));

/** Metres between two positions (equirectangular: fine over a few hundred metres). */
function metres(a: Position, b: Position): number {
  const k = Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * k, a[1] - b[1]) * 111_320;
}

/**
 * A vertex two grids of one community share in the middle of their border (the same neighbours on
 * both sides), far from every other grid: moving it a little keeps the coverage whole.
 */
function sharedBorderVertex(grids: GridsResponse): { vertex: Position; ids: [string, string] } {
  const owners = new Map<string, { grid: Grid; prev: Position; next: Position }[]>();
  for (const g of grids.features) {
    for (const ring of rings(g)) {
      const open = ring.slice(0, -1);
      open.forEach((q, i) => {
        const list = owners.get(key(q)) ?? [];
        list.push({ grid: g, prev: open[(i + open.length - 1) % open.length], next: open[(i + 1) % open.length] });
        owners.set(key(q), list);
      });
    }
  }
  for (const [k, list] of owners) {
    if (list.length !== 2) continue;
    const [a, b] = list;
    if (a.grid.properties.communityId !== b.grid.properties.communityId) continue;
    const pair = (o: (typeof list)[number]) => [key(o.prev), key(o.next)].sort().join('|');
    if (pair(a) !== pair(b)) continue;
    const v = k.split(',').map(Number);
    const others = grids.features.filter((g) => g !== a.grid && g !== b.grid);
    const alone = others.every((g) => rings(g).every((r) => r.every((q) => metres(q, v) > 40)));
    if (alone && metres(a.prev, v) > 8 && metres(a.next, v) > 8) return { vertex: v, ids: [a.grid.properties.id, b.grid.properties.id] };
  }
  throw new Error('no vertex shared by two grids in the middle of their border');
}

/** Moves the map so the box is in view beside the drawer, without animation. */
async function showBox(page: Page, box: [number, number, number, number], maxZoom = 17): Promise<void> {
  await page.evaluate(
    ({ box, maxZoom }) => {
      const map = window.__wanggeMap!;
      map.fitBounds(box, { padding: { top: 60, bottom: 60, left: 60, right: 460 }, maxZoom, animate: false });
    },
    { box, maxZoom },
  );
}

async function screenPoint(page: Page, at: Position): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((at) => window.__wanggeMap!.project(at as [number, number]), at);
  const box = (await mapRegion(page).boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Clicks well inside a grid in the edit view (no other grid within 8 px) and waits until it is selected. */
async function selectForEdit(page: Page, grid: Grid): Promise<void> {
  const points = await pointsOn(page, 'edit-fill', grid.properties.id, 14);
  const inner = await page.evaluate(
    ({ points, id }) =>
      points.filter(({ x, y }) =>
        window.__wanggeMap!.queryRenderedFeatures([[x - 8, y - 8], [x + 8, y + 8]], { layers: ['edit-fill'] }).every((f) => f.properties.id === id),
      ),
    { points, id: grid.properties.id },
  );
  expect(inner.length, `grid ${grid.properties.code} on screen`).toBeGreaterThan(0);
  await mapRegion(page).click({ position: inner[Math.floor(inner.length / 2)] });
  await expect(drawer(page).locator('#edit-grid-title')).toContainText(grid.properties.code);
}

/** Presses on a vertex handle and drags it by (dx, dy) screen pixels in small steps. */
async function dragVertex(page: Page, vertex: Position, dx: number, dy: number): Promise<void> {
  const from = await screenPoint(page, vertex);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + (dx * i) / steps, from.y + (dy * i) / steps);
  await page.mouse.up();
}

async function openEdit(page: Page): Promise<void> {
  await loginAs(page, 'planner');
  await openMap(page, '?view=edit');
  await expect(drawer(page).getByRole('toolbar', { name: '编辑工具' })).toBeVisible();
  await expect(verdict(page)).toContainText('全覆盖 ✓');
}

test.describe('editing grids', () => {
  // two browsers, drags and saves with a coverage check each: more than the default on two cores
  test.describe.configure({ timeout: 120_000 });
  let original: GridsResponse;

  test.beforeAll(async ({ request }) => {
    original = (await (await request.get('/api/grids')).json()) as GridsResponse;
  });

  // put the grids back as seeded, so the specs after this one see the Dafang data they expect
  test.afterAll(async () => {
    const api = await playwrightRequest.newContext({ baseURL: EXTERNAL_URL ?? `http://localhost:${MAIN_PORT}` });
    await api.post('/api/auth/login', { data: { username: 'planner', password: DEMO_PASSWORD } });
    const now = (await (await api.get('/api/grids')).json()) as GridsResponse;
    const before = new Map(original.features.map((g) => [g.properties.id, g]));
    const update = now.features
      .filter((g) => before.has(g.properties.id) && JSON.stringify(g) !== JSON.stringify(before.get(g.properties.id)))
      .map((g) => {
        const o = before.get(g.properties.id)!;
        const { code, name, communityId, areaId, unitIds } = o.properties;
        return { id: g.properties.id, version: g.properties.version, geometry: o.geometry, code, name, communityId, areaId, unitIds };
      });
    const retire = now.features.filter((g) => !before.has(g.properties.id)).map((g) => ({ id: g.properties.id, version: g.properties.version }));
    if (update.length + retire.length > 0) {
      const res = await api.post('/api/grids/batch', { data: { update, retire, confirmWorse: true } });
      expect(res.ok(), `restoring the seeded grids → ${res.status()} ${await res.text()}`).toBe(true);
    }
    await api.dispose();
  });

  test('dragging a shared vertex moves it in both grids, the coverage stays whole, and one undo reverts both', async ({ page }) => {
    const grids = await fetchGrids(page);
    const { vertex, ids } = sharedBorderVertex(grids);
    const [a, b] = ids.map((id) => grids.features.find((g) => g.properties.id === id)!);
    await openEdit(page);
    await showBox(page, [vertex[0] - 0.0008, vertex[1] - 0.0008, vertex[0] + 0.0008, vertex[1] + 0.0008]);
    await selectForEdit(page, a);

    await dragVertex(page, vertex, 9, 7);
    await expect(saveBar(page)).toContainText('2 个网格有未保存的修改');
    await expect(verdict(page)).toContainText('全覆盖 ✓');

    await drawer(page).getByRole('button', { name: '撤销' }).click();
    await expect(saveBar(page)).toContainText('没有未保存的修改');
    await page.keyboard.press('Control+Shift+Z');
    await expect(saveBar(page)).toContainText('2 个网格有未保存的修改');

    type Frame = { editMs: number; checkMs: number; totalMs: number };
    // set by web/src/edit/drag-timing.ts under WebDriver
    const frames = await page.evaluate(() => (window as unknown as { __wanggeDragFrames?: () => Frame[] }).__wanggeDragFrames?.() ?? []);
    expect(frames.length, 'drag frames measured').toBeGreaterThan(0);
    const totals = frames.map((f) => f.totalMs).sort((x, y) => x - y);
    const checks = frames.map((f) => f.checkMs).sort((x, y) => x - y);
    const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];
    console.log(
      `vertex drag on Dafang (${frames.length} frames): move + coverage check + setData median ${median(totals).toFixed(1)} ms, max ${totals.at(-1)!.toFixed(1)} ms; coverage check median ${median(checks).toFixed(1)} ms`,
    );

    await drawer(page).getByRole('button', { name: '保存', exact: true }).click();
    await expect(saveBar(page)).toContainText('已保存 2 个网格。');
    const after = await fetchGrids(page);
    const [a2, b2] = ids.map((id) => after.features.find((g) => g.properties.id === id)!);
    expect([a2.properties.version, b2.properties.version]).toEqual([a.properties.version + 1, b.properties.version + 1]);
    expect(hasVertex(a2, vertex) || hasVertex(b2, vertex), 'the old position is gone from both').toBe(false);
    const moved = rings(a2).flat().find((q) => !hasVertex(a, q) && hasVertex(b2, q));
    expect(moved, 'both grids hold the same new vertex').toBeDefined();
    expect((await apiGet<CoverageReport>(page, '/api/coverage')).ok).toBe(true);
  });

  test('splitting a grid along a drawn line, saving, and seeing the new grid after a reload', async ({ page }) => {
    const grids = await fetchGrids(page);
    // a grid a horizontal line through its middle crosses exactly twice
    const pick = grids.features
      .map((g) => {
        const ring = rings(g)[0];
        const ys = ring.map((p) => p[1]);
        const y = (Math.min(...ys) + Math.max(...ys)) / 2;
        const xs: number[] = [];
        for (let i = 0; i + 1 < ring.length; i++) {
          const [p, q] = [ring[i], ring[i + 1]];
          if (p[1] > y !== q[1] > y) xs.push(p[0] + ((y - p[1]) / (q[1] - p[1])) * (q[0] - p[0]));
        }
        return { g, y, xs: xs.sort((m, n) => m - n) };
      })
      .find((c) => rings(c.g).length === 1 && c.xs.length === 2)!;
    expect(pick, 'a grid to split').toBeDefined();
    await openEdit(page);
    const ring = rings(pick.g)[0];
    const [w, e] = [Math.min(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[0]))];
    await showBox(page, [w, Math.min(...ring.map((p) => p[1])), e, Math.max(...ring.map((p) => p[1]))], 16);
    await selectForEdit(page, pick.g);
    await drawer(page).getByRole('button', { name: '分割' }).click();
    const span = pick.xs[1] - pick.xs[0];
    const start = await screenPoint(page, [pick.xs[0] - span * 0.08, pick.y]);
    const end = await screenPoint(page, [pick.xs[1] + span * 0.08, pick.y]);
    await page.mouse.click(start.x, start.y);
    await page.mouse.click(end.x, end.y);
    await page.mouse.click(end.x, end.y);
    await expect(drawer(page).locator('.new-tag')).toBeVisible();
    const newCode = (await drawer(page).locator('#edit-grid-title .mono').textContent())!;
    await expect(verdict(page)).toContainText('全覆盖 ✓');
    await drawer(page).getByRole('button', { name: '保存', exact: true }).click();
    await expect(saveBar(page)).toContainText(/已保存 \d+ 个网格。/);

    await page.reload();
    await expect(drawer(page).getByRole('toolbar', { name: '编辑工具' })).toBeVisible();
    const after = await fetchGrids(page);
    expect(after.features).toHaveLength(grids.features.length + 1);
    expect(after.features.map((g) => g.properties.code)).toContain(newCode);
    await expect(verdict(page)).toContainText('全覆盖 ✓');
    await drawer(page).getByRole('button', { name: '关闭' }).click();
    await selectGrid(page, newCode);
  });

  test('a second browser saving on stale grids gets 409, and reload-and-re-apply keeps its drawing', async ({ page, browser, baseURL }) => {
    const grids = await fetchGrids(page);
    const { vertex, ids } = sharedBorderVertex(grids);
    const grid = grids.features.find((g) => g.properties.id === ids[0])!;
    const other = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const stale = await other.newPage();
    await openEdit(stale);
    await showBox(stale, [vertex[0] - 0.0008, vertex[1] - 0.0008, vertex[0] + 0.0008, vertex[1] + 0.0008]);
    await selectForEdit(stale, grid);
    await dragVertex(stale, vertex, -8, 6);
    await expect(saveBar(stale)).toContainText('2 个网格有未保存的修改');

    // meanwhile this browser renames the same grid and saves first
    await openEdit(page);
    await showBox(page, [vertex[0] - 0.0008, vertex[1] - 0.0008, vertex[0] + 0.0008, vertex[1] + 0.0008]);
    await selectForEdit(page, grid);
    await drawer(page).getByLabel('名称').fill(`${grid.properties.name}（改名）`);
    await drawer(page).getByRole('button', { name: '应用属性' }).click();
    await drawer(page).getByRole('button', { name: '保存', exact: true }).click();
    await expect(saveBar(page)).toContainText('已保存 1 个网格。');

    await drawer(stale).getByRole('button', { name: '保存', exact: true }).click();
    await expect(saveBar(stale).getByRole('alert')).toContainText('别人在你之后保存');
    await saveBar(stale).getByRole('button', { name: '重新加载并重新应用我的修改' }).click();
    await expect(saveBar(stale)).toContainText('2 个网格有未保存的修改');
    await drawer(stale).getByRole('button', { name: '保存', exact: true }).click();
    await expect(saveBar(stale)).toContainText('已保存 2 个网格。');

    const after = (await fetchGrids(page)).features.find((g) => g.properties.id === grid.properties.id)!;
    expect(after.properties.name, 'the rename saved first survives the re-applied drawing').toBe(`${grid.properties.name}（改名）`);
    expect(hasVertex(after, vertex), 'the re-applied drag moved the vertex').toBe(false);
    expect((await apiGet<CoverageReport>(page, '/api/coverage')).ok).toBe(true);
    await other.close();
  });

  test('exporting in GCJ-02 and importing the file again: detected, previewed with its coverage, and nothing to save', async ({ page }) => {
    await openEdit(page);
    await drawer(page).getByText('导入与导出').click();
    await drawer(page).getByLabel('GCJ-02 坐标（用于高德、腾讯地图）').check();
    const [download] = await Promise.all([page.waitForEvent('download'), drawer(page).getByRole('button', { name: '导出为 GeoJSON' }).click()]);
    expect(download.suggestedFilename()).toBe('大方县网格-gcj02.geojson');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as GridsResponse;
    const grids = await fetchGrids(page);
    expect(exported.features).toHaveLength(grids.features.length);
    expect(exported.features[0].properties).toMatchObject({ code: grids.features[0].properties.code, unitIds: grids.features[0].properties.unitIds });

    const input = drawer(page).locator('input[type=file]');
    await input.setInputFiles({ name: 'pins.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [105.6, 27.1] } }] })) });
    await expect(drawer(page).locator('.transfer [role=alert]')).toContainText('网格必须是面');

    await input.setInputFiles({ name: 'grids.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    const preview = drawer(page).getByRole('group', { name: '导入预览' });
    await expect(preview).toContainText('GCJ-02（高德、腾讯）（自动检测');
    await expect(preview).toContainText(`将更新 ${grids.features.length} 个、新建 0 个、删除 0 个网格。`);
    await expect(verdict(page)).toContainText('全覆盖 ✓');
    await preview.getByRole('button', { name: '替换现有网格' }).click();
    await expect(saveBar(page)).toContainText('没有未保存的修改');
  });
});
