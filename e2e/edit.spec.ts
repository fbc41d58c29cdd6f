import { readFile } from 'node:fs/promises';
import type { CoverageReport, GridsResponse } from '@wangge/geodata';
import { drawer, dragVertex, hasVertex, openEdit, restoreSeededGrids, rings, saveBar, screenPoint, selectForEdit, sharedBorderVertex, showBox, verdict } from './edit-kit.ts';
import { apiGet, expect, fetchGrids, selectGrid, test } from './helpers.ts';

test.describe('editing grids', () => {
  // two browsers, drags and saves with a coverage check each: more than the default on two cores
  test.describe.configure({ timeout: 120_000 });
  let original: GridsResponse;

  test.beforeAll(async ({ request }) => {
    original = (await (await request.get('/api/grids')).json()) as GridsResponse;
  });

  // put the grids back as seeded, so the specs after this one see the Dafang data they expect
  test.afterAll(() => restoreSeededGrids(original));

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
    // in force from next week (the default): this week's map keeps the layout it had
    const drawn = await page.evaluate(() => window.__wanggeMap!.querySourceFeatures('grids').map((f) => String(f.properties.code)));
    expect(drawn).toContain(pick.g.properties.code);
    expect(drawn).not.toContain(newCode);
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
    // every grid comes back as it is: none counted as an update
    await expect(preview).toContainText('将更新 0 个、新建 0 个、删除 0 个网格。');
    await expect(preview).toContainText(`另有 ${grids.features.length} 个网格与现有的完全相同，不作改动。`);
    await expect(verdict(page)).toContainText('全覆盖 ✓');
    await preview.getByRole('button', { name: '替换现有网格' }).click();
    await expect(saveBar(page)).toContainText('没有未保存的修改');
  });
});
