import type { Page } from '@playwright/test';
import { addWeeks, moveVertex, PROBLEM_CATEGORIES, splitGrid, type ConfigResponse, type GridsResponse, type StatusResponse } from '@wangge/geodata';
import type { Position } from 'geojson';
import { drawer, metres, openEdit, rings, saveBar, screenPoint, selectForEdit, sharedBorderVertex, showBox, type Grid } from './edit-kit.ts';
import { apiGet, expect, fetchGrids, mapRegion, openMap, test } from './helpers.ts';
import { loginAs } from './login.ts';
import { sheetDistance } from './same-sheet.ts';
import { HISTORY_URL } from './servers.ts';

/**
 * The record does not move: where a week stands, who is still to report before the deadline, the
 * admin's settings, and grid changes on a Monday that leave every earlier week as it was. Runs on
 * its own app (a Monday morning clock, its own database), since it splits and merges seeded grids.
 */
test.use({ baseURL: HISTORY_URL });

const SHOTS = 'test-results/week-history';

test.describe('weeks and their state', () => {
  test('the picker starts at the deployment’s first week and says where each week stands', async ({ page }) => {
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    await openMap(page);
    const picker = page.getByRole('group', { name: '周次' });
    const values = await picker.locator('select option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values.length).toBeGreaterThan(1);
    expect(values.every((w) => w >= config.firstWeek), `no week before ${config.firstWeek}`).toBe(true);
    expect(values).toContain(config.firstWeek);
    await expect(page.locator('.week-state')).toHaveText('进行中');

    await picker.locator('select').selectOption(config.firstWeek);
    await expect(picker.getByRole('button', { name: '上一周' })).toBeDisabled();
    const first = await apiGet<StatusResponse>(page, `/api/status?week=${config.firstWeek}`);
    await expect(page.locator('.week-state')).toHaveText(first.closedAt ? '已关闭（冻结）' : '进行中');
    await page.screenshot({ path: `${SHOTS}/first-week.png` });

    // a link to a week before the first lands on the first week, never on a red 未报 map
    await openMap(page, '?week=2020-01-03');
    await expect(mapRegion(page)).toHaveAttribute('data-shown-week', config.firstWeek);
    await expect(page).toHaveURL(new RegExp(`week=${config.firstWeek}`));
  });

  test('before the deadline the leader sees the units still to report, with contact and phone', async ({ page }) => {
    await loginAs(page, 'leader');
    await openMap(page, '?view=overdue');
    const pending = page.locator('.pending-list');
    await expect(pending.getByRole('heading')).toContainText(/待报：\d+ 个单位、\d+ 个网格尚未报送/);
    const first = pending.locator('tbody tr').first();
    await expect(first.locator('a.phone')).toHaveAttribute('href', /^tel:/);
    await expect(first.locator('td').nth(1)).not.toBeEmpty();
    await page.screenshot({ path: `${SHOTS}/pending.png` });
  });

  test('an admin sets the close grace and the report requirements, refusals in Chinese', async ({ page }) => {
    await loginAs(page, 'admin');
    const seeded = (await apiGet<ConfigResponse>(page, '/api/config')).closeGraceHours;
    await openMap(page, '?view=settings');
    const drawer = page.locator('section.drawer[data-drawer="settings"]');
    const grace = drawer.getByLabel('宽限时长');
    await grace.fill('500');
    await expect(drawer.getByText('宽限须为 0–168 小时的整数。')).toBeVisible();
    await grace.fill('48');
    await drawer.locator('form').first().getByRole('button', { name: '保存' }).click();
    await expect(drawer.getByRole('status').first()).toHaveText('已保存。');
    expect((await apiGet<ConfigResponse>(page, '/api/config')).closeGraceHours).toBe(48);

    const photos = drawer.getByLabel('现场照片至少（张）');
    await photos.fill('12');
    await expect(drawer.getByText('须为 0–9 的整数')).toBeVisible();
    await photos.fill('2');
    await drawer.locator('form').nth(1).getByRole('button', { name: '保存' }).click();
    await expect(drawer.locator('section').nth(1).getByRole('status')).toHaveText('已保存。');
    expect((await apiGet<{ minPhotos: number }>(page, '/api/report-requirements')).minPhotos).toBe(2);
    await page.screenshot({ path: `${SHOTS}/settings.png` });
    // back as seeded for the tests after
    await page.request.put('/api/report-requirements', { data: { minPhotos: 1 } });
    await page.request.put('/api/close-grace-hours', { data: { hours: seeded } });
  });
});

/** What a week's record is, as anyone would take it to a meeting: the map's figures, the lists, the layout and the printed map. */
async function record(page: Page, week: string, withExport: boolean) {
  const { now: _now, ...status } = await apiGet<StatusResponse & { now: string }>(page, `/api/status?week=${week}`);
  const overdue = await apiGet<unknown>(page, `/api/overdue?week=${week}`);
  const table = await apiGet<unknown>(page, `/api/status-table?week=${week}`);
  const grids = await apiGet<GridsResponse>(page, `/api/grids?week=${week}`);
  const png = withExport ? await printed(page, week) : null;
  return { status, overdue, table, grids, png };
}

async function printed(page: Page, week: string): Promise<Buffer> {
  const res = await page.request.get(`/api/export?week=${week}&format=png`, { timeout: 60_000 });
  expect(res.ok(), `export of ${week} → ${res.status()}`).toBe(true);
  return res.body();
}

/** Two printed sheets differing by less than this are the same map (see sheetDistance). */
const SAME_SHEET = 25;

/** A grid whose horizontal middle line crosses its outer ring exactly twice, not among `avoid`. */
function splittable(grids: GridsResponse, avoid: string[]): { g: Grid; y: number; xs: number[] } {
  for (const g of grids.features) {
    if (avoid.includes(g.properties.id) || rings(g).length !== 1) continue;
    const ring = rings(g)[0];
    const ys = ring.map((p) => p[1]);
    const y = (Math.min(...ys) + Math.max(...ys)) / 2;
    const xs: number[] = [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const [p, q] = [ring[i], ring[i + 1]];
      if (p[1] > y !== q[1] > y) xs.push(p[0] + ((y - p[1]) / (q[1] - p[1])) * (q[0] - p[0]));
    }
    if (xs.length === 2) return { g, y, xs: xs.sort((a, b) => a - b) };
  }
  throw new Error('no grid to split');
}

test.describe('grid changes on a Monday', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a merge, a split and a reshape leave every earlier week’s status, lists, layout and printed map as they were; the merge keeps every unit', async ({ browser }) => {
    // a page of its own: the browser logs the expected 422 (units_dropped) as a console error, which
    // the shared watch would fail on; every other console error still fails the test below
    const context = await browser.newContext({ baseURL: HISTORY_URL, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/status of 422/.test(msg.text())) errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    const current = config.currentWeek;
    const earlier = [addWeeks(current, -1), addWeeks(current, -2)].filter((w) => w >= config.firstWeek);
    expect(earlier.length).toBeGreaterThan(0);
    await loginAs(page, 'planner');
    const before = Object.fromEntries(await Promise.all(earlier.map(async (w, i) => [w, await record(page, w, i === 0)] as const)));
    const runningBefore = await printed(page, current);
    expect(before[earlier[0]].status.closedAt, 'last week is closed and frozen by Monday').not.toBeNull();

    // the merge, in the edit view: both grids' units are proposed, and a removal is named before it is let go
    const grids = await fetchGrids(page);
    const { ids } = sharedBorderVertex(grids);
    const [a, b] = ids.map((id) => grids.features.find((g) => g.properties.id === id)!);
    const union = [...new Set([...a.properties.unitIds, ...b.properties.unitIds])];
    // an open problem in the grid merged away: it moves to the merged grid, and its history says so
    const bRing = rings(b)[0].slice(0, -1);
    const inB: Position = [bRing.reduce((s, p) => s + p[0], 0) / bRing.length, bRing.reduce((s, p) => s + p[1], 0) / bRing.length];
    const filed = await page.request.post('/api/problems', { data: { lon: inB[0], lat: inB[1], category: PROBLEM_CATEGORIES[0], description: '合并前上报的问题' } });
    expect(filed.status(), await filed.text()).toBe(201);
    const problem = (await filed.json()) as { id: string; grid: { id: string } | null };
    expect(problem.grid?.id).toBe(b.properties.id);
    await openEdit(page);
    const all = [...rings(a)[0], ...rings(b)[0]];
    await showBox(page, [Math.min(...all.map((p) => p[0])), Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[0])), Math.max(...all.map((p) => p[1]))], 16);
    await selectForEdit(page, a);
    await drawer(page).getByRole('button', { name: '合并' }).click();
    const ring = rings(b)[0].slice(0, -1);
    const centre = await screenPoint(page, [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length]);
    await page.mouse.click(centre.x, centre.y);
    const review = drawer(page).locator('.review-panel');
    await expect(review.locator('#review-title')).toContainText(`${b.properties.code} 并入本网格`);
    const unitNames = [...new Set([...a.properties.unitNames, ...b.properties.unitNames])];
    await expect(review.getByRole('list', { name: '责任单位' }).getByRole('listitem')).toHaveCount(union.length);
    for (const n of unitNames) await expect(review.getByRole('list', { name: '责任单位' })).toContainText(n);
    await expect(review.getByRole('list', { name: '监督员' }).getByRole('listitem').first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/merge-review.png` });

    const onlyB = b.properties.unitIds.find((u) => !a.properties.unitIds.includes(u));
    if (onlyB) {
      const name = b.properties.unitNames[b.properties.unitIds.indexOf(onlyB)];
      await review.getByRole('button', { name: `移除 ${name}` }).click();
      await drawer(page).getByRole('button', { name: '保存', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '这些单位将不再负责任何网格' });
      await expect(dialog).toContainText(`${b.properties.code}：${name}`);
      await page.screenshot({ path: `${SHOTS}/units-dropped.png` });
      await dialog.getByRole('button', { name: '返回修改' }).click();
      await drawer(page).getByRole('button', { name: '撤销' }).click();
    }
    await expect(drawer(page).getByRole('radio', { name: /下周生效/ })).toBeChecked();
    await drawer(page).getByRole('button', { name: '保存', exact: true }).click();
    await expect(saveBar(page)).toContainText(/已保存 \d+ 个网格。 自 .+ 那周起生效。/);
    const merged = (await fetchGrids(page)).features.find((g) => g.properties.id === a.properties.id)!;
    expect([...merged.properties.unitIds].sort(), 'the merged grid keeps every unit of both').toEqual([...union].sort());

    // a split and a reshape, saved through the API, in force this very week
    const now = await fetchGrids(page);
    const cut = splittable(now, [a.properties.id, b.properties.id]);
    const span = cut.xs[1] - cut.xs[0];
    const line: Position[] = [[cut.xs[0] - span * 0.1, cut.y], [cut.xs[1] + span * 0.1, cut.y]];
    const props = { ...cut.g.properties, id: 'history-split', code: `${cut.g.properties.code.slice(0, 12)}9${cut.g.properties.code.slice(13)}` };
    const split = splitGrid(now.features, cut.g.properties.id, line, { newId: 'history-split', newProperties: props });
    expect(split.ok, JSON.stringify(split.ok ? '' : split.error)).toBe(true);
    if (!split.ok) return;
    const kept = split.change.put.find((g) => g.properties.id === cut.g.properties.id)!;
    const made = split.change.put.find((g) => g.properties.id === 'history-split')!;
    const res = await page.request.post('/api/grids/batch', {
      data: {
        update: [{ id: kept.properties.id, version: kept.properties.version, geometry: kept.geometry }],
        create: [{ id: made.properties.id, code: made.properties.code, name: '拆分新网格', communityId: made.properties.communityId, areaId: made.properties.areaId, unitIds: made.properties.unitIds, geometry: made.geometry }],
        retire: [],
        effective: 'this_week',
        confirmWorse: true,
      },
    });
    expect(res.ok(), `split → ${res.status()} ${await res.text()}`).toBe(true);

    const shaped = await fetchGrids(page);
    const { vertex } = sharedBorderVertex({ ...shaped, features: shaped.features.filter((g) => ![a.properties.id, cut.g.properties.id, 'history-split'].includes(g.properties.id)) });
    const moved = moveVertex(shaped.features, vertex, [vertex[0] + 0.00004, vertex[1] + 0.00003]);
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    const reshape = await page.request.post('/api/grids/batch', {
      data: { update: moved.change.put.map((g) => ({ id: g.properties.id, version: g.properties.version, geometry: g.geometry })), effective: 'this_week', confirmWorse: true },
    });
    expect(reshape.ok(), `reshape → ${reshape.status()} ${await reshape.text()}`).toBe(true);
    expect(metres(vertex, [vertex[0] + 0.00004, vertex[1] + 0.00003])).toBeGreaterThan(3);

    // every earlier week answers exactly as before, down to the printed map's bytes
    for (const [i, w] of earlier.entries()) {
      const after = await record(page, w, i === 0);
      expect(after.status, `status of ${w}`).toEqual(before[w].status);
      expect(after.overdue, `overdue list of ${w}`).toEqual(before[w].overdue);
      expect(after.table, `status table of ${w}`).toEqual(before[w].table);
      expect(after.grids, `layout of ${w}`).toEqual(before[w].grids);
      if (i === 0) {
        const apart = sheetDistance(after.png!, before[w].png!);
        expect(apart.distance, `the printed map of ${w} is the same (farthest square at ${apart.at})`).toBeLessThan(SAME_SHEET);
      }
    }
    // the same comparison sees the split drawn into this week's map
    expect(sheetDistance(await printed(page, current), runningBefore).distance, 'the running week’s printed map shows the split').toBeGreaterThan(SAME_SHEET);
    // the running week took the split (this week) but not the merge (next week)
    const thisWeek = await apiGet<GridsResponse>(page, `/api/grids?week=${current}`);
    const codes = thisWeek.features.map((g) => g.properties.id);
    expect(codes).toContain('history-split');
    expect(codes).toContain(b.properties.id);

    // the map of last week still draws the grid merged away since, and not the new one
    await drawer(page).getByRole('button', { name: '关闭' }).click();
    await page.getByRole('group', { name: '周次' }).locator('select').selectOption(earlier[0]);
    await expect(mapRegion(page)).toHaveAttribute('data-shown-week', earlier[0]);
    const drawn = await page.evaluate(() => window.__wanggeMap!.querySourceFeatures('grids').map((f) => String(f.properties.id)));
    expect(drawn).toContain(b.properties.id);
    expect(drawn).not.toContain('history-split');
    await expect(page.locator('.week-state')).toHaveText('已关闭（冻结）');
    await page.screenshot({ path: `${SHOTS}/last-week-after-changes.png` });

    const moved2 = await apiGet<{ gridId: string | null; events: { action: string; note: string | null }[] }>(page, `/api/problems/${problem.id}`);
    expect(moved2.gridId).toBe(a.properties.id);
    expect(moved2.events.at(-1)).toMatchObject({ action: 'reroute', note: `${b.properties.code} → ${a.properties.code}` });
    await openMap(page, `?problem=${problem.id}`);
    await expect(page.locator('aside.problem-panel .problem-history li[data-action="reroute"]')).toContainText(`因网格调整改派：${b.properties.code} → ${a.properties.code}`);
    await page.screenshot({ path: `${SHOTS}/rerouted-problem.png` });
    expect(errors, 'console errors').toEqual([]);
    await context.close();
  });
});

test.describe('also seen', () => {
  const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  test('a grid panel opened over the overdue list leaves its status and phone columns in view', async ({ page }) => {
    const config = await apiGet<ConfigResponse>(page, '/api/config');
    const week = addWeeks(config.currentWeek, -1);
    await loginAs(page, 'leader');
    const overdue = await apiGet<{ rows: { gridId: string }[] }>(page, `/api/overdue?week=${week}`);
    expect(overdue.rows.length).toBeGreaterThan(0);
    await openMap(page, `?week=${week}&view=overdue&grid=${overdue.rows[0].gridId}`);
    await expect(page.locator('aside.side-panel')).toBeVisible();
    const drawerBox = (await page.locator('section.drawer').boundingBox())!;
    for (const name of ['状态', '联系电话']) {
      const head = (await page.locator('table.overdue-table th', { hasText: name }).first().boundingBox())!;
      expect(head.x + head.width, `${name} column inside the drawer`).toBeLessThanOrEqual(drawerBox.x + drawerBox.width + 1);
      expect(head.x).toBeGreaterThanOrEqual(drawerBox.x);
    }
    await page.screenshot({ path: `${SHOTS}/panel-over-overdue.png` });
  });

  test('on a phone the problem card’s close button sits clear of the description', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: HISTORY_URL, viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const list = await apiGet<{ features: { properties: { id: string } }[] }>(page, '/api/problems?limit=1');
    await openMap(page, `?problem=${list.features[0].properties.id}`);
    const card = page.locator('aside.problem-panel');
    await expect(card.locator('.problem-description')).toBeVisible();
    const close = (await card.getByRole('button', { name: /关闭/ }).first().boundingBox())!;
    const text = (await card.locator('.problem-description').boundingBox())!;
    expect(overlaps(close, text), 'the × over the description').toBe(false);
    await page.screenshot({ path: `${SHOTS}/phone-card.png` });
    await context.close();
  });
});
