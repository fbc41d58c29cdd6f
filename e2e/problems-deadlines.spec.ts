import { apiGet, expect, openMap, test } from './helpers.ts';
import { loginAs } from './login.ts';

test.describe('problem deadlines', () => {
  test('an admin changes a category’s deadline in 问题统计; a leader reads them there', async ({ page }) => {
    await loginAs(page, 'admin');
    await openMap(page, '?view=problemStats');
    const settings = page.getByRole('region', { name: '整改期限' });
    const field = settings.getByLabel('公厕卫生');
    await expect(field).toHaveValue('24');
    await field.fill('12');
    await settings.getByRole('button', { name: '保存整改期限' }).click();
    await expect(settings.getByRole('status')).toContainText('已保存');
    expect((await apiGet<Record<string, number>>(page, '/api/problem-deadlines'))['公厕卫生']).toBe(12);

    // a value out of range is stopped by the form (the API refuses it too) and changes nothing
    await field.fill('0');
    await settings.getByRole('button', { name: '保存整改期限' }).click();
    expect(await field.evaluate((el) => (el as HTMLInputElement).validity.rangeUnderflow)).toBe(true);
    expect((await apiGet<Record<string, number>>(page, '/api/problem-deadlines'))['公厕卫生']).toBe(12);

    // put it back: the other specs file problems on this server
    await field.fill('24');
    await settings.getByRole('button', { name: '保存整改期限' }).click();
    await expect(settings.getByRole('status')).toContainText('已保存');

    await page.context().clearCookies();
    await loginAs(page, 'leader');
    await openMap(page, '?view=problemStats');
    await expect(page.getByRole('region', { name: '整改期限' }).getByLabel('公厕卫生')).toHaveText('24');
    await expect(page.getByRole('button', { name: '保存整改期限' })).toHaveCount(0);
  });
});
