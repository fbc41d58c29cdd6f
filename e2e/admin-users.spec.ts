import type { Browser, Page } from '@playwright/test';
import type { AccountInfo } from '@wangge/geodata';
import { apiGet, expect, mapRegion, test, waitForMapIdle } from './helpers.ts';
import { loginAs } from './login.ts';

const DESKTOP = { width: 1280, height: 800 };
const drawer = (page: Page, view: string) => page.locator(`section.drawer[data-drawer="${view}"]`);

/**
 * The account holder's own page: once their session is ended the browser logs the expected 401s
 * as console errors, which the shared watch would fail on; any other console error still fails.
 */
async function holderPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 401/.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { context, page, errors };
}

async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(mapRegion(page)).toHaveAttribute('data-shown-week', /^\d{4}-\d{2}-\d{2}$/, { timeout: 30_000 });
  await waitForMapIdle(page);
}

test.describe('accounts run from the app', () => {
  test.describe.configure({ timeout: 90_000 });

  test('an admin adds a reporter, who logs in with the one-time password, must choose their own, then works; disabled, their open session stops', async ({ page, browser, baseURL }) => {
    await loginAs(page, 'admin');
    await openMap(page, '?view=users');
    const view = drawer(page, 'users');
    await expect(view.getByRole('heading', { name: '账号管理' })).toBeVisible();
    await expect(view.locator('li.user-row[data-username="admin"]')).toBeVisible();

    // add: a reporter needs a unit; no password given, so the server makes a one-time one
    await view.getByRole('button', { name: '添加账号' }).click();
    const form = view.getByRole('form', { name: '添加账号' });
    await form.getByLabel('用户名').fill('wang-e2e');
    await form.getByLabel('姓名或岗位').fill('王五（测试）');
    await expect(form.locator('select[name=role]')).toHaveValue('reporter');
    await expect(form.getByRole('button', { name: '添加', exact: true })).toBeDisabled();
    await form.locator('select[name=unitId]').selectOption({ index: 1 });
    const unitName = (await form.locator('select[name=unitId]').locator('option:checked').textContent())!;
    // the browser applies the server's password rules before sending
    await form.locator('input[name=password]').fill('wang-e2e1');
    await expect(form.getByText('密码不能是用户名，也不能只在用户名上加几个字符。')).toBeVisible();
    await expect(form.getByRole('button', { name: '添加', exact: true })).toBeDisabled();
    await form.locator('input[name=password]').fill('');
    await form.getByRole('button', { name: '添加', exact: true }).click();

    const otpDialog = page.getByRole('dialog', { name: '王五（测试） 的一次性密码' });
    await expect(otpDialog).toBeVisible();
    const otp = (await otpDialog.locator('output').textContent())!.trim();
    expect(otp).toMatch(/^[a-hjkmnp-z2-9]{12}$/);
    await page.screenshot({ path: test.info().outputPath('one-time-password.png') });
    await otpDialog.getByRole('button', { name: '我已记下' }).click();
    await expect(otpDialog).toBeHidden();
    // shown once: the list does not carry it
    await expect(page.getByText(otp)).toHaveCount(0);
    const row = view.locator('li.user-row[data-username="wang-e2e"]');
    await expect(row).toContainText(unitName);
    await expect(row).toContainText('待改密码');
    await expect(row).toContainText('从未登录');

    // the reporter logs in with it in their own browser
    const holder = await holderPage(browser, baseURL!);
    const them = holder.page;
    await openMap(them);
    await them.getByRole('button', { name: '登录' }).click();
    const login = them.getByRole('dialog', { name: '登录' });
    await login.getByLabel('用户名').fill('wang-e2e');
    await login.getByLabel('密码').fill(otp);
    await login.getByRole('button', { name: '登录' }).click();

    const change = them.getByRole('dialog', { name: '请设置自己的密码' });
    await expect(change).toBeVisible();
    await expect(drawer(them, 'reports')).toContainText('请先设置自己的密码。');
    // Escape does not dismiss it
    await them.keyboard.press('Escape');
    await expect(change).toBeVisible();
    await change.getByLabel('当前密码（一次性密码）').fill(otp);
    await change.locator('input[name=next]').fill('woaini1314');
    await expect(change.getByText('这是很多人都会先想到的密码，请换一个。')).toBeVisible();
    await expect(change.getByRole('button', { name: '设置密码' })).toBeDisabled();
    await change.locator('input[name=next]').fill('市场巡查每周五下午');
    await change.locator('input[name=repeat]').fill('市场巡查每周五下午');
    await them.screenshot({ path: test.info().outputPath('change-password.png') });
    await change.getByRole('button', { name: '设置密码' }).click();
    await expect(change).toBeHidden();

    // and works: their unit's report view loads
    const reports = drawer(them, 'reports');
    await expect(reports.getByRole('heading', { name: '填报周报' })).toBeVisible();
    await expect(reports.locator('li.report-card').first()).toBeVisible();
    await them.screenshot({ path: test.info().outputPath('reporter-working.png') });

    const listed = await apiGet<AccountInfo[]>(page, '/api/users?q=wang-e2e');
    expect(listed).toMatchObject([{ username: 'wang-e2e', mustChangePassword: false, disabled: false }]);
    expect(listed[0].lastLoginAt).not.toBeNull();

    // the admin disables the account while its session is open
    await view.getByRole('searchbox', { name: '搜索账号' }).fill('王五');
    await expect(view.locator('li.user-row')).toHaveCount(1);
    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: '停用' }).click();
    await expect(row).toContainText('已停用');
    await expect(row.getByRole('button', { name: '启用' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('users-disabled.png') });

    // the open session no longer works: its next request is refused and the app shows it logged out
    expect((await them.request.get('/api/reports')).status()).toBe(401);
    await them.reload();
    await expect(them.getByRole('banner').getByRole('button', { name: '登录' })).toBeVisible();
    await expect(drawer(them, 'reports')).toContainText('登录后才能使用此功能。');
    // nor can it log in again
    const again = await them.request.post('/api/auth/login', { data: { username: 'wang-e2e', password: '市场巡查每周五下午' } });
    expect(again.status()).toBe(401);

    await holder.context.close();
    expect(holder.errors, 'console errors on the holder page').toEqual([]);
  });
});
