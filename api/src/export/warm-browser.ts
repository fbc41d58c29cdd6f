import type { Browser } from 'playwright-core';
import { launchHeadlessChromium } from './chromium.ts';

/** Long enough to cover a meeting's worth of exports one after another, short enough to give the memory back. */
const IDLE_MS = 120_000;

/**
 * One headless Chromium shared by the exports of this server: launching one costs ~0.7 s here,
 * and an export from the app is often followed by another (the PNG, then the PDF). It is closed
 * after IDLE_MS without a job, and launched again when one comes; a crashed browser is replaced.
 */
export class WarmBrowser {
  private browser: Promise<Browser> | null = null;
  private jobs = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly launch: () => Promise<Browser> = launchHeadlessChromium,
    private readonly idleMs = IDLE_MS,
  ) {}

  /** Runs a job with the browser, launching it when there is none. */
  async use<T>(job: (browser: Browser) => Promise<T>): Promise<T> {
    this.jobs += 1;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    try {
      return await job(await this.current());
    } finally {
      this.jobs -= 1;
      if (this.jobs === 0) {
        this.timer = setTimeout(() => void this.close(), this.idleMs);
        // an idle browser must not keep the process (or a test run) alive
        this.timer.unref?.();
      }
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    await (await browser?.catch(() => null))?.close();
  }

  private current(): Promise<Browser> {
    if (!this.browser) {
      const launched = this.launch().then((b) => {
        b.on('disconnected', () => {
          if (this.browser === launched) this.browser = null;
        });
        return b;
      });
      // a failed launch is not kept: the next job tries again
      launched.catch(() => {
        if (this.browser === launched) this.browser = null;
      });
      this.browser = launched;
    }
    return this.browser;
  }
}
