import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'playwright-core';
import { WarmBrowser } from './warm-browser.ts';

/** A stand-in for a launched Chromium: counts closes and can be "crashed". */
function fakeBrowser() {
  const handlers: (() => void)[] = [];
  const b = {
    closed: 0,
    on: (event: string, handler: () => void) => event === 'disconnected' && handlers.push(handler),
    close: async () => {
      b.closed += 1;
    },
    crash: () => handlers.forEach((h) => h()),
  };
  return b;
}

afterEach(() => vi.useRealTimers());

describe('WarmBrowser', () => {
  it('launches once for jobs that follow each other and closes after the idle time', async () => {
    vi.useFakeTimers();
    const made: ReturnType<typeof fakeBrowser>[] = [];
    const warm = new WarmBrowser(async () => {
      made.push(fakeBrowser());
      return made.at(-1) as unknown as Browser;
    }, 1000);
    const seen = [await warm.use(async (b) => b), await warm.use(async (b) => b)];
    expect(made).toHaveLength(1);
    expect(seen[0]).toBe(seen[1]);

    await vi.advanceTimersByTimeAsync(999);
    expect(made[0].closed).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(made[0].closed).toBe(1);

    await warm.use(async () => 'again');
    expect(made).toHaveLength(2);
  });

  it('does not close while a job runs, even past the idle time', async () => {
    vi.useFakeTimers();
    const b = fakeBrowser();
    const warm = new WarmBrowser(async () => b as unknown as Browser, 100);
    let finish!: () => void;
    const long = warm.use(() => new Promise<void>((r) => (finish = r)));
    await warm.use(async () => 'short');
    await vi.advanceTimersByTimeAsync(500);
    expect(b.closed).toBe(0);
    finish();
    await long;
    await vi.advanceTimersByTimeAsync(100);
    expect(b.closed).toBe(1);
  });

  it('replaces a browser that crashed, and tries again after a failed launch', async () => {
    let launches = 0;
    const first = fakeBrowser();
    const warm = new WarmBrowser(async () => {
      launches += 1;
      if (launches === 2) throw new Error('no chromium');
      return (launches === 1 ? first : fakeBrowser()) as unknown as Browser;
    }, 1000);
    await warm.use(async () => null);
    first.crash();
    await expect(warm.use(async () => null)).rejects.toThrow('no chromium');
    await warm.use(async () => null);
    expect(launches).toBe(3);
    await warm.close();
  });
});
