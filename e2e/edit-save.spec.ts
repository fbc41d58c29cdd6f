import type { CoverageReport, GridsResponse } from '@wangge/geodata';
import type { Position } from 'geojson';
import { drawer, dragVertex, key, metres, openEdit, restoreSeededGrids, rings, saveBar, selectForEdit, showBox, verdict } from './edit-kit.ts';
import { apiGet, expect, fetchGrids, test } from './helpers.ts';

test.describe('saving edits', () => {
  test.describe.configure({ timeout: 90_000 });
  let original: GridsResponse;

  test.beforeAll(async ({ request }) => {
    original = (await (await request.get('/api/grids')).json()) as GridsResponse;
  });

  test.afterAll(() => restoreSeededGrids(original));

  test('a save that makes the coverage worse is refused (422) until the planner confirms it', async ({ browser, baseURL }) => {
    // a page of its own: the browser logs the expected 422 as a console error, which the shared
    // watch would fail on; every other console error still fails the test below
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    const grids = await fetchGrids(page);
    const count = new Map<string, number>();
    for (const g of grids.features) for (const p of new Set(rings(g).flat().map(key))) count.set(p, (count.get(p) ?? 0) + 1);
    // a vertex only one grid holds (on its community's outer edge), with no other vertex near
    let pick: { grid: (typeof grids.features)[number]; vertex: Position } | null = null;
    for (const g of grids.features) {
      for (const v of rings(g)[0]) {
        if (count.get(key(v)) !== 1) continue;
        const near = grids.features.some((o) => rings(o).some((r) => r.some((q) => key(q) !== key(v) && metres(q, v) < 25)));
        if (!near) pick = { grid: g, vertex: v };
      }
      if (pick) break;
    }
    expect(pick, 'a vertex on an outer edge').not.toBeNull();
    const { grid, vertex } = pick!;
    const ring = rings(grid)[0];
    const c = [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
    await openEdit(page);
    await showBox(page, [vertex[0] - 0.001, vertex[1] - 0.001, vertex[0] + 0.001, vertex[1] + 0.001], 17);
    await selectForEdit(page, grid);
    // away from the grid's middle: out of its community (or, if the edge bends, leaving a gap)
    const dx = vertex[0] - c[0];
    const dy = -(vertex[1] - c[1]);
    const n = Math.hypot(dx, dy);
    await dragVertex(page, vertex, (40 * dx) / n, (40 * dy) / n);
    await expect(verdict(page)).not.toContainText('全覆盖 ✓');
    await drawer(page).getByRole('button', { name: '保存', exact: true }).click();
    await expect(saveBar(page)).toContainText('没有保存：这次保存会使覆盖变差');
    // worded from the error code (and its figures, when the server sends them), not the server's English
    await expect(saveBar(page).locator('.save-detail')).toContainText(/^保存后/);
    await expect(saveBar(page)).not.toContainText('confirm to save anyway');
    await page.screenshot({ path: test.info().outputPath('save-worse.png') });
    expect((await fetchGrids(page)).features.find((g) => g.properties.id === grid.properties.id)!.properties.version).toBe(grid.properties.version);
    await saveBar(page).getByRole('button', { name: '仍然保存' }).click();
    await expect(saveBar(page)).toContainText('已保存 1 个网格。');
    const saved = (await fetchGrids(page)).features.find((g) => g.properties.id === grid.properties.id)!;
    expect(saved.properties.version).toBe(grid.properties.version + 1);
    expect((await apiGet<CoverageReport>(page, '/api/coverage')).ok).toBe(false);
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    await context.close();
  });
});
