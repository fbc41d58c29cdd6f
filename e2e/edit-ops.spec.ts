import type { Page } from '@playwright/test';
import type { CoverageReport, GridsResponse } from '@wangge/geodata';
import type { Position } from 'geojson';
import { drawer, key, metres, openEdit, restoreSeededGrids, rings, saveBar, screenPoint, selectForEdit, sharedBorderVertex, showBox, verdict, type Grid } from './edit-kit.ts';
import { apiGet, expect, fetchGrids, openMap, test } from './helpers.ts';
import { loginAs } from './login.ts';

/** 1 inside the ring (open or closed), by ray casting; enough for a point metres inside a grid. */
function inside(p: Position, ring: Position[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[i], ring[j]];
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) hit = !hit;
  }
  return hit;
}

/**
 * A careless edit saved through the API: the shared vertex moved 6 m in one grid only — into the
 * neighbour, which leaves a thin triangular overlap, or away from it, which opens a thin triangular
 * gap. Returns the dented grid and its neighbour.
 */
async function dentThroughApi(page: Page, grids: GridsResponse, side: 'overlap' | 'gap' = 'overlap'): Promise<{ dented: Grid; neighbour: Grid; vertex: Position }> {
  const { vertex, ids } = sharedBorderVertex(grids);
  const [g, n] = ids.map((id) => grids.features.find((f) => f.properties.id === id)!);
  const ring = rings(g)[0];
  const i = ring.findIndex((q) => key(q) === key(vertex));
  const [p, q] = [ring[(i + ring.length - 2) % (ring.length - 1)], ring[i + 1]];
  // 6 m along the chord's normal, to whichever side lies in the neighbour
  const k = Math.cos((vertex[1] * Math.PI) / 180);
  const [dx, dy] = [(q[0] - p[0]) * k, q[1] - p[1]];
  const len = Math.hypot(dx, dy);
  const step = (s: number): Position => [vertex[0] + (s * (-dy / len) * 6) / 111_320 / k, vertex[1] + (s * (dx / len) * 6) / 111_320];
  const to = [step(1), step(-1)].find((c) => inside(c, rings(n)[0]) === (side === 'overlap'));
  expect(to, `the side of the border ${side === 'overlap' ? 'inside' : 'outside'} the neighbour`).toBeDefined();
  expect(metres(to!, vertex)).toBeGreaterThan(5);
  const coordinates = rings(g).map((r) => r.map((x) => (key(x) === key(vertex) ? to! : x)));
  const res = await page.request.post('/api/grids/batch', {
    data: { update: [{ id: g.properties.id, version: g.properties.version, geometry: { type: 'Polygon', coordinates } }], create: [], retire: [], confirmWorse: true },
  });
  expect(res.ok(), `denting grid ${g.properties.code} → ${res.status()} ${await res.text()}`).toBe(true);
  return { dented: g, neighbour: n, vertex };
}

/** Opens the edit view whatever the coverage (openEdit expects it clean). */
async function openEditAsIs(page: Page): Promise<void> {
  await openMap(page, '?view=edit');
  await expect(drawer(page).getByRole('toolbar', { name: '编辑工具' })).toBeVisible();
}

test.describe('edit operations', () => {
  test.describe.configure({ timeout: 90_000 });
  let original: GridsResponse;

  test.beforeAll(async ({ request }) => {
    original = (await (await request.get('/api/grids')).json()) as GridsResponse;
  });
  test.afterEach(() => restoreSeededGrids(original));

  test('merging two neighbours: one grid, coverage whole, and one undo splits them again', async ({ page }) => {
    const grids = await fetchGrids(page);
    const { vertex, ids } = sharedBorderVertex(grids);
    const [a, b] = ids.map((id) => grids.features.find((g) => g.properties.id === id)!);
    await openEdit(page);
    const all = [...rings(a)[0], ...rings(b)[0]];
    await showBox(page, [Math.min(...all.map((p) => p[0])), Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[0])), Math.max(...all.map((p) => p[1]))], 16);
    await selectForEdit(page, a);
    await drawer(page).getByRole('button', { name: '合并' }).click();
    // b's centre of vertices: inside it for Dafang's compact grids
    const ring = rings(b)[0].slice(0, -1);
    const c = [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
    expect(inside(c, ring), `the centre of ${b.properties.code} lies in it`).toBe(true);
    const centre = await screenPoint(page, c);
    await page.mouse.click(centre.x, centre.y);
    await expect(saveBar(page)).toContainText('2 个网格有未保存的修改');
    await expect(verdict(page)).toContainText('全覆盖 ✓');
    await expect(drawer(page).locator('#edit-grid-title')).toContainText(a.properties.code);
    const shown = await page.evaluate(() => window.__wanggeMap!.querySourceFeatures('edit-grids').map((f) => String(f.properties.id)));
    expect(shown).toContain(a.properties.id);
    expect(shown, 'the merged-away grid is gone').not.toContain(b.properties.id);
    await drawer(page).getByRole('button', { name: '撤销' }).click();
    await expect(saveBar(page)).toContainText('没有未保存的修改');
  });

  test('an overlap is cut from the grid the planner picks, after a preview; the saved coverage has no defect and no warning', async ({ page }) => {
    await loginAs(page, 'planner');
    const grids = await fetchGrids(page);
    const { neighbour } = await dentThroughApi(page, grids);
    await openEditAsIs(page);
    // an overlap leaves every community covered: the headline says so and names the overlap, beside 100 %
    await expect(verdict(page)).toContainText('已全覆盖，但有重叠');
    await expect(verdict(page)).toContainText('覆盖率 100%');
    const fix = drawer(page).getByRole('button', { name: `从${neighbour.properties.name}中去除` });
    await fix.first().click();
    const preview = drawer(page).getByRole('group', { name: '修复预览' });
    await expect(preview).toContainText(new RegExp(`重叠部分（\\d+ 平方米）从 ${neighbour.properties.code} 划归`));
    // the map shows the overlap that moves and the grid that loses it, not every grid the fix touches
    const roles = await page.evaluate(() => window.__wanggeMap!.querySourceFeatures('edit-preview').map((f) => `${f.properties.role}:${f.geometry.type}`));
    expect(roles.filter((r) => !r.startsWith('vertex:'))).toEqual(expect.arrayContaining(['moves:Polygon', 'loses:Polygon']));
    expect(roles.every((r) => /^(moves|loses):(Multi)?Polygon$|^vertex:Point$/.test(r)), roles.join()).toBe(true);
    await page.screenshot({ path: test.info().outputPath('overlap-fix-preview.png') });
    await expect(saveBar(page)).toContainText('没有未保存的修改');
    await preview.getByRole('button', { name: '应用' }).click();
    await expect(verdict(page)).toContainText('全覆盖 ✓');
    await expect(drawer(page)).not.toContainText('T 形接点');
    await drawer(page).getByRole('button', { name: '保存', exact: true }).click();
    await expect(saveBar(page)).toContainText(/已保存 \d+ 个网格。/);
    const report = await apiGet<CoverageReport>(page, '/api/coverage');
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([]);
  });

  test('a gap is filled after a preview that draws the part each grid takes; applied, the coverage is whole; undone, the gap is back', async ({ page }) => {
    await loginAs(page, 'planner');
    const grids = await fetchGrids(page);
    const { dented, neighbour, vertex } = await dentThroughApi(page, grids, 'gap');
    await openEditAsIs(page);
    await expect(verdict(page)).toContainText('未全覆盖');
    await expect(verdict(page)).not.toContainText('覆盖率 100%');
    await showBox(page, [vertex[0] - 0.0004, vertex[1] - 0.0004, vertex[0] + 0.0004, vertex[1] + 0.0004], 18);
    await drawer(page).getByRole('button', { name: '填补缺口' }).first().click();
    const preview = drawer(page).getByRole('group', { name: '修复预览' });
    const codes = [dented.properties.code, neighbour.properties.code].join('|');
    await expect(preview).toContainText(new RegExp(`缺口 \\d+ 平方米并入 (${codes})（共用边 \\d+ 米）`));
    // the gap filled as moving, named for the grid taking it; no grid loses area, none is drawn whole
    const drawn = await page.evaluate(() =>
      window.__wanggeMap!.querySourceFeatures('edit-preview').map((f) => ({ role: String(f.properties.role), grid: String(f.properties.grid ?? ''), type: f.geometry.type })),
    );
    const moving = drawn.filter((f) => f.role === 'moves');
    expect(moving.length, JSON.stringify(drawn)).toBeGreaterThan(0);
    expect(moving.every((f) => /Polygon$/.test(f.type) && [dented.properties.id, neighbour.properties.id].includes(f.grid)), JSON.stringify(drawn)).toBe(true);
    expect(drawn.every((f) => f.role === 'moves' || (f.role === 'vertex' && f.type === 'Point')), JSON.stringify(drawn)).toBe(true);
    await page.screenshot({ path: test.info().outputPath('gap-fix-preview.png') });
    await expect(saveBar(page)).toContainText('没有未保存的修改');
    await preview.getByRole('button', { name: '应用' }).click();
    await expect(verdict(page)).toContainText('全覆盖 ✓');
    await expect(saveBar(page)).not.toContainText('没有未保存的修改');
    await drawer(page).getByRole('button', { name: '撤销' }).click();
    await expect(saveBar(page)).toContainText('没有未保存的修改');
    await expect(verdict(page)).not.toContainText('全覆盖 ✓');
    await expect(drawer(page).getByRole('button', { name: '填补缺口' })).not.toHaveCount(0);
  });

  test('deleting a vertex: a shared one goes from both grids, one where borders meet is refused', async ({ page }) => {
    const grids = await fetchGrids(page);
    const { vertex, ids } = sharedBorderVertex(grids);
    const a = grids.features.find((g) => g.properties.id === ids[0])!;
    // a vertex of a held by another grid with other ring neighbours: where borders meet
    const junction = rings(a)[0].find((p) => {
      const holders = grids.features.filter((g) => rings(g).some((r) => r.some((q) => key(q) === key(p))));
      return holders.length >= 3;
    });
    await openEdit(page);
    await showBox(page, [vertex[0] - 0.0008, vertex[1] - 0.0008, vertex[0] + 0.0008, vertex[1] + 0.0008]);
    await selectForEdit(page, a);
    const at = await screenPoint(page, vertex);
    await page.mouse.click(at.x, at.y);
    await expect(drawer(page).getByRole('button', { name: '删除顶点' })).toBeEnabled();
    await page.keyboard.press('Delete');
    await expect(saveBar(page)).toContainText('2 个网格有未保存的修改');
    await expect(verdict(page)).toContainText('全覆盖 ✓');

    expect(junction, 'a vertex where three grids meet').toBeDefined();
    await showBox(page, [junction![0] - 0.0008, junction![1] - 0.0008, junction![0] + 0.0008, junction![1] + 0.0008]);
    // the vertex handles are drawn a frame or two after the camera stops: a click before that meets no vertex, so it is tried again
    await expect(async () => {
      const j = await screenPoint(page, junction!);
      await page.mouse.click(j.x, j.y, { button: 'right' });
      await expect(drawer(page).locator('.refusal')).toContainText('这是多个网格边界的交点', { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(saveBar(page)).toContainText('2 个网格有未保存的修改');
  });

  test('a grid’s history is drawn on the map and restoring an older version is a new recorded change', async ({ page }) => {
    await loginAs(page, 'planner');
    const grids = await fetchGrids(page);
    const { dented } = await dentThroughApi(page, grids);
    await openEditAsIs(page);
    const ring = rings(dented)[0];
    await showBox(page, [Math.min(...ring.map((p) => p[0])), Math.min(...ring.map((p) => p[1])), Math.max(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[1]))], 16);
    await selectForEdit(page, dented);
    await drawer(page).getByRole('button', { name: '查看修改记录' }).click();
    const history = drawer(page).getByRole('region', { name: '修改记录' });
    const v = dented.properties.version;
    await expect(history).toContainText(`版本 ${v} → ${v + 1}`);
    await history.locator('.history-entry').first().click();
    await expect(history.locator('li[aria-current="true"]')).toHaveCount(1);
    // the preview source is parsed in MapLibre's worker: the shape arrives a moment after the click
    await expect.poll(() => page.evaluate(() => window.__wanggeMap!.querySourceFeatures('edit-preview').length), { message: 'the recorded shape is drawn on the map' }).toBeGreaterThan(0);
    await history.getByRole('button', { name: `恢复到版本 ${v}` }).click();
    await expect(verdict(page)).toContainText('全覆盖 ✓');
    await expect(history).toContainText(`版本 ${v + 1} → ${v + 2}`);
    const after = (await fetchGrids(page)).features.find((g) => g.properties.id === dented.properties.id)!;
    expect(after.properties.version).toBe(v + 2);
    expect(after.geometry).toEqual(dented.geometry);
  });
});
