import { expect, mapRegion, test, waitForMapIdle } from './helpers.ts';
import { DEMO_PASSWORD, loginAs } from './login.ts';

test.describe('the audit trail', () => {
  test('an inspector finds who changed an account, when, and what it was before and after', async ({ page, browser, baseURL }) => {
    // the admin, in a browser of their own, adds an account and then makes it an inspector
    const adminContext = await browser.newContext({ baseURL });
    const admin = adminContext.request;
    expect((await admin.post('/api/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } })).ok()).toBe(true);
    expect((await admin.post('/api/users', { data: { username: 'audit-e2e', displayName: '纪检专员（测试）', role: 'leader' } })).status()).toBe(201);
    expect((await admin.patch('/api/users/audit-e2e', { data: { role: 'inspector' } })).ok()).toBe(true);
    await adminContext.close();

    await loginAs(page, 'inspector');
    await page.goto('/?view=audit');
    await expect(mapRegion(page)).toHaveAttribute('data-shown-week', /^\d{4}-\d{2}-\d{2}$/, { timeout: 30_000 });
    await waitForMapIdle(page);
    const view = page.locator('section.drawer[data-drawer="audit"]');
    await expect(view.getByRole('heading', { name: '变更记录' })).toBeVisible();
    await view.getByRole('searchbox', { name: '搜索' }).fill('audit-e2e');
    const entries = view.locator('li.audit-entry[data-entity="user"][data-entity-id="audit-e2e"]');
    await expect(entries).toHaveCount(2);
    // newest first: the role change, by the admin, with before and after
    await expect(entries.first()).toContainText('系统管理员');
    await expect(entries.first()).toContainText('账号');
    await expect(entries.first()).toContainText('role leader → inspector');
    await expect(view.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', '/api/audit?q=audit-e2e&format=csv');
    await page.screenshot({ path: test.info().outputPath('audit.png') });
  });
});
