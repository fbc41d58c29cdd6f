import { request, test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './login.ts';

/**
 * The test object of the offline specs: like helpers.ts's, it fails on any console error and on
 * any request outside the app's origin — except the browser's own notes that a request found no
 * network, or met the conflict, which is what these specs cause on purpose.
 */
export const offlineTest = base.extend<{ watch: void }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|ERR_FAILED|Failed to fetch|status of 409 \(Conflict\)/.test(msg.text())) errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('request', (req) => {
        const url = req.url();
        if (/^(https?|wss?):/.test(url) && new URL(url).origin !== origin) foreign.push(url);
      });
      await use();
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests outside the app origin').toEqual([]);
    },
    { auto: true },
  ],
});

/** Waits until the service worker controls the page, reloading once if it was installed by this load. */
export async function controlledBySw(page: Page): Promise<string> {
  const script = await page.evaluate(async () => (await navigator.serviceWorker.ready).active!.scriptURL);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return script;
}

/** Another person's session, from outside the page (a colleague at the office). */
export async function colleague(baseURL: string, username: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL });
  const res = await ctx.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok(), `login as ${username} → ${res.status()}`).toBe(true);
  return ctx;
}

/** Width and height of a PNG (its IHDR) or a baseline/progressive JPEG (its SOF marker). */
export function imageSize(bytes: Buffer): { type: 'png' | 'jpeg'; width: number; height: number } {
  if (bytes.readUInt32BE(0) === 0x89504e47) return { type: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (bytes.readUInt16BE(0) !== 0xffd8) throw new Error('neither a PNG nor a JPEG');
  let at = 2;
  while (at < bytes.length) {
    const marker = bytes.readUInt16BE(at);
    const length = bytes.readUInt16BE(at + 2);
    if (marker >= 0xffc0 && marker <= 0xffc3) return { type: 'jpeg', height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    at += 2 + length;
  }
  throw new Error('a JPEG without a frame header');
}
