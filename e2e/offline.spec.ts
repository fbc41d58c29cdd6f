import type { Locator, Page } from '@playwright/test';
import type { ConfigResponse, LocateResponse, ProblemDetailResponse, ProblemsResponse, ReportResponse, StatusResponse } from '@wangge/geodata';
import { apiGet, expect, fetchGrids, fetchStatus, mapRegion, openMap, selectGrid, sidePanel, test, waitForMapIdle } from './helpers.ts';
import { DEMO_PASSWORD, loginAs } from './login.ts';
import { colleague, controlledBySw, imageSize, offlineTest } from './offline-kit.ts';
import { REPORTS_URL } from './servers.ts';
import { solidPng } from './solid-png.ts';

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

const problemPanel = (page: Page): Locator => page.locator('aside.problem-panel');
const outboxButton = (page: Page): Locator => page.locator('.outbox-button');
const outboxPanel = (page: Page): Locator => page.getByRole('dialog', { name: '待同步' });

/** A phone camera's photo: bigger than the queue keeps (2048 px on the long side), as a PNG. */
const CAMERA_PHOTO = { name: 'camera.png', mimeType: 'image/png', buffer: solidPng(2400, [120, 140, 90]) };

offlineTest.describe('installable app', () => {
  offlineTest.use({ serviceWorkers: 'allow' });

  offlineTest('the manifest, its icons and a service worker that controls the page pass an installability check, and the app opens offline', async ({ page, context }) => {
    await openMap(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const res = await page.request.get(href!);
    expect(res.headers()['content-type']).toBe('application/manifest+json');
    const manifest = (await res.json()) as { name: string; short_name: string; start_url: string; scope: string; display: string; icons: { src: string; sizes: string; type: string; purpose?: string }[] };
    // what Chromium's installability check asks of a manifest
    expect(manifest).toMatchObject({ name: expect.stringContaining('网格'), short_name: '网格', start_url: '/', scope: '/', display: 'standalone' });
    for (const size of [192, 512]) expect(manifest.icons.some((i) => i.sizes === `${size}x${size}` && i.type === 'image/png' && (i.purpose ?? 'any').includes('any'))).toBe(true);
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const bytes = await (await page.request.get(icon.src)).body();
      const [w, h] = icon.sizes.split('x').map(Number);
      expect(imageSize(bytes), icon.src).toEqual({ type: 'png', width: w, height: h });
    }
    expect(await controlledBySw(page)).toMatch(/\/sw\.js$/);

    // start_url answers without a connection: the shell from the worker, the map from the last data,
    // and the inspect panel of the grid looked at last, with its people
    await page.reload();
    await waitForMapIdle(page);
    const code = (await fetchGrids(page)).features[0].properties.code;
    await selectGrid(page, code);
    const inspected = await sidePanel(page).innerText();
    await context.setOffline(true);
    await page.reload();
    await expect(mapRegion(page)).toHaveAttribute('data-shown-week', /^\d{4}-\d{2}-\d{2}$/, { timeout: 30_000 });
    await expect(page.locator('.outbox-button')).toContainText('离线');
    await expect(page.locator('.cache-age')).toContainText(/^离线：显示的是 .+ 缓存的数据$/);
    await expect(sidePanel(page)).toContainText(code);
    await expect(sidePanel(page).getByRole('alert')).toHaveCount(0);
    // everything the panel said online it says offline (its problem list may have come in after the snapshot)
    const offlineLines = (await sidePanel(page).innerText()).split('\n');
    expect(inspected.split('\n').filter((line) => !offlineLines.includes(line))).toEqual([]);
    await page.screenshot({ path: offlineTest.info().outputPath('offline-start.png') });
    await context.setOffline(false);
  });
});

offlineTest.describe('field work without a connection, on a phone', () => {
  offlineTest.use({ serviceWorkers: 'allow', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  offlineTest('an inspector files problems with photos offline; they survive a reload and arrive exactly once; a step overtaken meanwhile comes back as a conflict', async ({ page, context, baseURL }) => {
    offlineTest.setTimeout(180_000);
    const tag = `e2e 离线 ${Date.now()}`;
    const seeded = (await apiGet<ProblemsResponse>(page, '/api/problems?limit=50')).features.find((f) => f.properties.gridCode)!;
    const [longitude, latitude] = seeded.geometry.coordinates;
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ longitude, latitude, accuracy: 12 });
    await loginAs(page, 'inspector');

    // a problem filed at the office, whose card the inspector has open when the signal drops
    const office = await colleague(baseURL!, 'inspector');
    const contested = (await (await office.post('/api/problems', { data: { lon: longitude, lat: latitude, category: '小广告/乱张贴', description: `${tag} 待交办` } })).json()) as ProblemDetailResponse;

    await openMap(page);
    await controlledBySw(page);
    // this load goes through the worker, so the county's data is in its cache
    await openMap(page, `?problem=${contested.id}`);
    const panel = problemPanel(page);
    await expect(panel.locator('[data-problem-status]')).toHaveText('上报');

    const here = await apiGet<LocateResponse>(page, `/api/locate?lon=${longitude}&lat=${latitude}`);
    expect(here.grid, 'the seeded problem lies in a grid').not.toBeNull();
    await context.setOffline(true);
    await expect(outboxButton(page)).toContainText('离线');

    // 交办 while offline: kept for later
    await panel.getByRole('button', { name: '交办', exact: true }).click();
    await panel.getByRole('button', { name: '确认交办' }).click();
    await expect(outboxButton(page)).toContainText('待同步 1');
    await page.keyboard.press('Escape');

    for (let i = 1; i <= 3; i++) {
      await page.getByRole('button', { name: '上报问题' }).click();
      await expect(panel.getByRole('heading', { name: '上报问题' })).toBeVisible();
      await panel.getByRole('button', { name: '使用我的位置' }).click();
      // offline the phone names the grid from the grids it holds, as the server does, and says so
      await expect(panel.locator('.filing-coords')).toContainText(longitude.toFixed(6));
      await expect(panel.locator('.filing-place-words')).toContainText(here.grid!.code);
      await expect(panel.locator('.filing-place-words')).toContainText('无网络');
      await panel.getByLabel('类别').selectOption('小广告/乱张贴');
      await panel.getByLabel('问题描述').fill(`${tag} 第${i}处`);
      await panel.getByLabel('照片', { exact: true }).setInputFiles(CAMERA_PHOTO);
      await panel.getByRole('button', { name: '上报', exact: true }).click();
      await expect(outboxButton(page)).toContainText(`待同步 ${i + 1}`);
      await expect(panel).toHaveCount(0);
    }
    await expect(page.locator('.outbox-notice')).toHaveText('已保存到待同步队列，联网后自动发送。');

    // meanwhile at the office a colleague assigns the problem the inspector also assigned offline
    const admin = await colleague(baseURL!, 'admin');
    expect((await admin.patch(`/api/problems/${contested.id}`, { data: { from: 'reported', status: 'assigned', ownerUnitId: contested.units[0].id } })).status()).toBe(200);

    // a reload with no connection: the app, the map, the session and the queue are all still there
    await page.reload();
    await expect(mapRegion(page)).toHaveAttribute('data-shown-week', /^\d{4}-\d{2}-\d{2}$/, { timeout: 30_000 });
    await expect(outboxButton(page)).toContainText('↑4');
    await expect(page.locator('.cache-age')).toContainText('离线：显示的是');
    await outboxButton(page).click();
    const queue = outboxPanel(page);
    await expect(queue.locator('.outbox-item')).toHaveCount(4);
    await expect(queue.locator('.outbox-item[data-state="queued"]')).toHaveCount(4);
    await expect(queue.locator('.outbox-item').filter({ hasText: `${tag} 第1处` })).toContainText('1 张照片');
    await expect(queue.locator('.outbox-item').filter({ hasText: `${tag} 第1处` })).toContainText('定位精度 ±12 米');
    await page.screenshot({ path: offlineTest.info().outputPath('queue.png') });
    // nothing reached the server yet
    expect((await apiGet<ProblemsResponse>(page, `/api/problems?limit=200`)).features.filter((f) => f.properties.description.startsWith(tag))).toHaveLength(1);

    // the connection returns (a page loaded offline gets no online event: the user presses 立即同步):
    // everything goes, once; the overtaken 交办 stays, said as a conflict
    await context.setOffline(false);
    await queue.getByRole('button', { name: '立即同步' }).click();
    await expect(queue.locator('.outbox-item')).toHaveCount(1, { timeout: 30_000 });
    const conflict = queue.locator('.outbox-item[data-state="conflict"]');
    await expect(conflict).toContainText('有冲突');
    await expect(conflict).toContainText('别人已处理了这个问题');
    await expect(outboxButton(page)).toContainText('待同步 1');
    await page.screenshot({ path: offlineTest.info().outputPath('conflict.png') });

    // 立即同步 again changes nothing: each filing exists once, with its one photo shrunk to 2048 px JPEG
    await queue.getByRole('button', { name: '立即同步' }).click();
    await expect(queue.getByRole('button', { name: '立即同步' })).toBeEnabled();
    const arrived = (await apiGet<ProblemsResponse>(page, `/api/problems?limit=200`)).features.filter((f) => f.properties.description.startsWith(tag));
    expect(arrived.map((f) => f.properties.description).sort()).toEqual([`${tag} 待交办`, `${tag} 第1处`, `${tag} 第2处`, `${tag} 第3处`]);
    for (const f of arrived.filter((f) => f.properties.description.includes('处'))) {
      const detail = await apiGet<ProblemDetailResponse>(page, `/api/problems/${f.properties.id}`);
      expect(detail.accuracy).toBe(12);
      expect(detail.photos).toHaveLength(1);
      expect(detail.photos[0].eventId).toBe(detail.events.find((e) => e.action === 'file')!.id);
      expect(imageSize(await (await page.request.get(detail.photos[0].url)).body())).toEqual({ type: 'jpeg', width: 2048, height: 2048 });
    }

    // the user resolves the conflict: opens the problem (assigned by the colleague) and lets the step go
    await conflict.getByRole('button', { name: '打开问题' }).click();
    await expect(panel.locator('[data-problem-status]')).toHaveText('已交办');
    await outboxButton(page).click();
    page.once('dialog', (d) => void d.accept());
    await outboxPanel(page).getByRole('button', { name: '放弃' }).click();
    await expect(outboxPanel(page).locator('.outbox-item')).toHaveCount(0);
    const history = await apiGet<ProblemDetailResponse>(page, `/api/problems/${contested.id}`);
    expect(history.events.filter((e) => e.action === 'assign')).toHaveLength(1);
  });
});

offlineTest.describe('a weekly report made offline, and a session that ended meanwhile', () => {
  // Monday 10:00, before the week's deadline: the report is on time whenever the queue sends it
  offlineTest.use({ baseURL: REPORTS_URL });

  offlineTest('the report waits through an ended session and is sent, once, after the same reporter logs in again', async ({ page, context }) => {
    offlineTest.setTimeout(120_000);
    const { currentWeek: week } = await apiGet<ConfigResponse>(page, '/api/config');
    const status = await fetchStatus(page, week);
    const grid = [...status.grids].sort((a, b) => a.code.localeCompare(b.code)).find((g) => g.units.some((u) => u.status === 'pending'))!;
    const unitId = grid.units.find((u) => u.status === 'pending')!.unitId;
    const reporter = `reporter-${unitId}`;
    const office = await colleague(REPORTS_URL, 'admin');
    const reportsOfGrid = async () =>
      ((await (await office.get(`/api/reports?week=${week}`)).json()) as ReportResponse[]).filter((r) => r.gridId === grid.gridId && r.unitId === unitId);
    expect(await reportsOfGrid()).toEqual([]);

    await loginAs(page, reporter);
    await openMap(page, '?view=reports');
    const card = page.locator(`section.drawer[data-drawer="reports"] li.report-card[data-grid="${grid.gridId}"]`);
    await card.getByRole('button', { name: '填报' }).click();
    const form = card.getByRole('form');
    await form.getByLabel('参加人数').fill('4');
    await form.getByLabel('工作时长（小时）').fill('2');
    await form.getByLabel('环境卫生').check();
    await form.getByLabel('情况说明').fill('背街小巷清扫三处，劝导占道经营一起，信号不好时填报。');
    await form.getByLabel('从相册选择').setInputFiles(CAMERA_PHOTO);

    await context.setOffline(true);
    await form.getByRole('button', { name: '提交周报' }).click();
    await expect(form).toContainText('已保存到待同步队列，联网后自动发送。');
    await expect(outboxButton(page)).toContainText('待同步 1');

    // the session ends while the phone is offline; the connection returns: the queue tries, is told
    // to log in, and keeps the report
    await context.clearCookies();
    await context.setOffline(false);
    await expect(page.getByRole('banner').getByRole('button', { name: '登录', exact: true })).toBeVisible({ timeout: 40_000 });
    await expect(outboxButton(page)).toContainText('待同步 1');
    await outboxButton(page).click();
    await expect(outboxPanel(page)).toContainText('登录后发送（会话已结束）。');
    await expect(outboxPanel(page).locator('.outbox-item[data-state="queued"]')).toHaveCount(1);
    expect(await reportsOfGrid()).toEqual([]);

    // the same reporter logs in again: the report goes, once
    await page.getByRole('banner').getByRole('button', { name: '登录', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '登录' });
    await dialog.getByLabel('用户名').fill(reporter);
    await dialog.getByLabel('密码').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: '登录' }).click();
    await expect(outboxButton(page)).toHaveCount(0, { timeout: 20_000 });
    const arrived = await reportsOfGrid();
    expect(arrived).toHaveLength(1);
    expect(arrived[0].photos).toHaveLength(1);
    expect(arrived[0].photos[0].mime).toBe('image/jpeg');
  });
});
