import { expect, type Page } from '@playwright/test';

/** The demo accounts' password (WANGGE_DEMO_PASSWORD is unset in the e2e server). */
export const DEMO_PASSWORD = 'wangge-demo';

/**
 * Logs the page's browser context in as a demo user through the API (the cookie is shared with
 * the page) and sets the hint the app reads to ask /api/me at start. Call before openMap.
 */
export async function loginAs(page: Page, username: string): Promise<void> {
  const res = await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok(), `login as ${username} → ${res.status()}`).toBe(true);
  await page.addInitScript(() => localStorage.setItem('wangge.session', '1'));
}
