import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from '@playwright/test';
import type { NotificationsResponse } from '@wangge/geodata';
import { startAt } from './clock-server.ts';
import { expect, openMap, test } from './helpers.ts';
import { DEMO_PASSWORD } from './login.ts';
import { REMINDERS_URL } from './servers.ts';

// an app of its own, whose clock the test moves by restarting it at later moments of one week
test.use({ baseURL: REMINDERS_URL });

/** The week of Friday 2026-11-20: its report is due Monday 2026-11-23 12:00. */
const FRIDAY_1400 = '2026-11-20T14:00:00+08:00';
const FRIDAY_1500 = '2026-11-20T15:00:30+08:00';
const FRIDAY_1540 = '2026-11-20T15:40:00+08:00';
const MONDAY_0900 = '2026-11-23T09:00:30+08:00';
const MONDAY_1205 = '2026-11-23T12:05:00+08:00';

const REPORTER = 'reporter-zhifa';

const bell = (page: Page) => page.locator('.notification-bell > button');
const items = (page: Page, kind: string) => page.locator(`.notification-panel .notification-row[data-kind="${kind}"]`);

/** The user's notifications of one kind, as the API has them (the scheduler's first tick runs as the app starts). */
async function kindsOf(page: Page): Promise<string[]> {
  const res = await page.request.get('/api/notifications');
  expect(res.ok()).toBe(true);
  return ((await res.json()) as NotificationsResponse).items.map((n) => n.kind);
}

async function openBell(page: Page): Promise<void> {
  await openMap(page);
  await bell(page).click();
  await expect(page.getByRole('dialog', { name: '通知' })).toBeVisible();
}

async function relogin(page: Page, username: string): Promise<void> {
  const res = await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok(), `login as ${username} → ${res.status()}`).toBe(true);
}

/**
 * Logs in and tells the app to ask who is logged in at start (login.ts's loginAs does the same; here
 * the page also waits on about:blank while the app restarts, where localStorage may not be read).
 */
async function signIn(page: Page, username: string): Promise<void> {
  await relogin(page, username);
  await page.addInitScript(() => {
    if (location.protocol.startsWith('http')) localStorage.setItem('wangge.session', '1');
  });
}

/** A page of its own for another user (its own cookies). */
async function pageAs(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: REMINDERS_URL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

test.describe('reminders through a week', () => {
  test('each reminder reaches the right people once as the clock moves from Friday to Monday, and a leader’s 催报 arrives', async ({ page, browser }) => {
    test.setTimeout(300_000);
    let app = await startAt(FRIDAY_1400, { fresh: true });
    try {
      await signIn(page, REPORTER);
      // Friday 14:00: nothing about the week yet
      await openBell(page);
      await expect(page.locator('.notification-panel')).toBeVisible();
      await expect(items(page, 'go_to_grid')).toHaveCount(0);
      await page.goto('about:blank');
      await app.stop();

      // the clock moves past Friday 15:00: "go to your grid at 16:00", once
      app = await startAt(FRIDAY_1500);
      await expect.poll(async () => (await kindsOf(page)).filter((k) => k === 'go_to_grid').length).toBe(1);
      await openMap(page);
      await expect(bell(page)).toHaveAccessibleName(/通知（\d+ 条未读）/);
      await bell(page).click();
      await expect(items(page, 'go_to_grid')).toHaveCount(1);
      await expect(items(page, 'go_to_grid')).toContainText('11月20日当周：今天 16:00 起请到责任网格开展工作（1 个网格）。');
      await page.goto('about:blank');
      await app.stop();

      // a restart later the same afternoon repeats nothing
      app = await startAt(FRIDAY_1540);
      await openBell(page);
      await expect(items(page, 'go_to_grid')).toHaveCount(1);
      // leaders are not sent to grids
      const leader = await pageAs(browser, 'leader');
      expect(await kindsOf(leader)).not.toContain('go_to_grid');
      await page.goto('about:blank');
      await app.stop();

      // Monday 09:00: the unit has not reported: due in 3 hours; opening it leads to the report form of that week
      app = await startAt(MONDAY_0900);
      // a session lasts 12 hours of the deployment's clock: Friday's has ended
      await relogin(page, REPORTER);
      await expect.poll(async () => (await kindsOf(page)).filter((k) => k === 'report_due').length).toBe(1);
      await openBell(page);
      const due = items(page, 'report_due');
      await expect(due).toHaveCount(1);
      await expect(due).toContainText('11月20日当周的周报还有 3 小时截止，1 个网格尚未报送。');
      await expect(due).toHaveAttribute('data-unread', 'true');
      await due.click();
      await expect(page.locator('section.drawer[data-drawer="reports"]')).toBeVisible();
      await expect(page).toHaveURL(/week=2026-11-20/);
      await bell(page).click();
      await expect(items(page, 'report_due')).toHaveAttribute('data-unread', 'false');
      await page.goto('about:blank');
      await app.stop();

      // Monday 12:05: the report is missing; leaders get the list once, and the leader sends a 催报 from the overdue list
      app = await startAt(MONDAY_1205);
      await relogin(leader, 'leader');
      await expect.poll(async () => (await kindsOf(leader)).filter((k) => k === 'missing_list').length).toBe(1);
      await openMap(leader, '?view=overdue&week=2026-11-20');
      const remind = leader.locator('.remind-panel');
      await expect(remind.getByRole('heading', { name: '催报' })).toBeVisible();
      await remind.getByRole('button', { name: '催报 城市综合执法大队' }).click();
      await expect(remind.getByRole('status')).toHaveText(/已向 1 个单位催报，通知 1 人/);
      await leader.screenshot({ path: test.info().outputPath('reminders-remind.png') });
      await leader.context().close();

      await openBell(page);
      await expect(items(page, 'report_missing')).toHaveCount(1);
      await expect(items(page, 'report_reminder')).toHaveCount(1);
      await expect(items(page, 'report_reminder')).toContainText('县级领导（演示） 催报：11月20日当周的周报（1 个网格）尚未报送。');
      await expect(items(page, 'go_to_grid')).toHaveCount(1);
      await expect(items(page, 'report_due')).toHaveCount(1);
      await page.screenshot({ path: test.info().outputPath('reminders-bell.png') });
      await page.goto('about:blank');
    } finally {
      await app.stop();
    }
  });
});

test.describe('group robots', () => {
  test('an admin adds a JSON robot, sends it a test, and reads in the log that it was delivered', async ({ page }) => {
    test.setTimeout(120_000);
    const received: unknown[] = [];
    const robot = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => robot.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(robot.address() as AddressInfo).port}/hook`;
    const app = await startAt(MONDAY_1205, { fresh: true });
    try {
      await signIn(page, 'admin');
      await openMap(page, '?view=webhooks');
      const view = page.locator('section.drawer[data-drawer="webhooks"]');
      await expect(view.getByRole('heading', { name: '督查问责' })).toBeVisible();
      await view.getByLabel('机器人地址（Webhook）').fill('ftp://files.example/hook');
      await view.getByLabel('类型').selectOption('json');
      await view.getByRole('button', { name: '添加' }).click();
      await expect(view.getByRole('alert')).toHaveText('操作失败：机器人地址必须以 http:// 或 https:// 开头。');
      await view.getByLabel('机器人地址（Webhook）').fill(url);
      await view.getByLabel('名称（可选）').fill('创文办工作群');
      await view.getByRole('button', { name: '添加' }).click();
      const item = view.locator('.webhook-item');
      await expect(item).toHaveCount(1);
      await expect(item.getByText('创文办工作群')).toBeVisible();
      await item.getByRole('button', { name: '发测试消息' }).click();
      await expect.poll(() => received.length).toBe(1);
      expect(received[0]).toMatchObject({ source: 'wangge', event: 'test', title: '网格 wangge 测试消息' });
      await item.getByRole('button', { name: '刷新' }).click();
      await expect(item.locator('.delivery-table tbody tr')).toHaveCount(1);
      await expect(item.locator('.delivery-table tbody tr')).toContainText('已送达');
      await page.screenshot({ path: test.info().outputPath('webhooks.png') });
      await page.goto('about:blank');
    } finally {
      await app.stop();
      await new Promise<void>((r) => robot.close(() => r()));
    }
  });
});
