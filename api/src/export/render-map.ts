import type { Browser, Page } from 'playwright-core';
import { sheetSizeMm } from '@wangge/geodata';
import { SESSION_COOKIE } from '../auth/sessions.ts';
import { launchHeadlessChromium } from './chromium.ts';
import { withPngDpi } from './png-dpi.ts';
import { CSS_DPI, PRINT_DPI, printPageQuery, sheetSizePx, type PrintRequest } from './print-options.ts';

/** The print page reported a problem (data-error) or never became ready. */
export class RenderError extends Error {}

export interface RenderOptions {
  /** the app serving /print.html and /api, e.g. http://127.0.0.1:8080 */
  baseUrl: string;
  /** a browser to reuse (closed by its owner); without one a headless Chromium is launched and closed */
  browser?: Browser;
  timeoutMs?: number;
  /** runs on the ready page just before the capture: tests read where places landed (window.__wanggePrint) */
  beforeCapture?: (page: Page) => Promise<void>;
  /** aborted when nobody wants the file any more (the client disconnected): the render stops */
  signal?: AbortSignal;
  /** told where the time went once the file is made (bench:export) */
  onPhases?: (phases: RenderPhases) => void;
  /** the county whose map it is (the print page asks the API for that county's data) */
  county?: string;
  /** the asking user's session token: the page then reads what that user may (a round's scores are not public) */
  session?: string;
}

/** Milliseconds per phase of one render, and per sheet as the print page measured its maps. */
export interface RenderPhases {
  /** the print page loaded (HTML, scripts) */
  navigateMs: number;
  /** from loaded to ready: data fetched, every sheet laid out and its map drawn */
  drawMs: number;
  /** Chromium's screenshot or PDF */
  captureMs: number;
  sheets: { layoutMs: number; hiresMs: number; copyMs: number }[];
}

const SCALE = PRINT_DPI / CSS_DPI;

/**
 * Renders web/print.html for a checked request and returns the file's bytes. The viewport is the
 * sheet at 96 CSS px per inch; a PNG is shot at 300/96 device pixels per CSS pixel (300 dpi), a
 * PDF is printed by Chromium (text stays text) with the map canvas drawn at 300 dpi by the page.
 */
export async function renderMap(req: PrintRequest, { baseUrl, browser, timeoutMs = 120_000, beforeCapture, onPhases, signal, county, session }: RenderOptions): Promise<Uint8Array> {
  if (signal?.aborted) throw new RenderError('cancelled: the client went away');
  const own = browser ? null : await launchHeadlessChromium();
  const context = await (browser ?? own!).newContext({
    viewport: sheetSizePx(req.paper, req.orientation),
    deviceScaleFactor: req.format === 'png' ? SCALE : 1,
    locale: req.lang === 'zh' ? 'zh-CN' : 'en-GB',
    timezoneId: 'Asia/Shanghai',
  });
  // closing the context makes whatever the page is doing fail at once, freeing the CPU
  const cancel = () => void context.close().catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    if (session) await context.addCookies([{ name: SESSION_COOKIE, value: session, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });
    const url = `${baseUrl.replace(/\/$/, '')}/print.html?${printPageQuery(req, req.format === 'pdf' ? SCALE : undefined)}${county ? `&county=${encodeURIComponent(county)}` : ''}`;
    const t0 = performance.now();
    const response = await page.goto(url, { timeout: timeoutMs });
    const t1 = performance.now();
    if (!response?.ok()) throw new RenderError(`the print page ${url} answered ${response?.status() ?? 'nothing'}: is the web app built (npm run build)?`);
    await page.waitForSelector('body[data-ready="true"], body[data-error]', { timeout: timeoutMs }).catch(() => {
      throw new RenderError(`the print page was not ready within ${timeoutMs / 1000} s${problems.length ? `: ${problems.join('; ')}` : ''}`);
    });
    const error = await page.getAttribute('body', 'data-error');
    if (error !== null) throw new RenderError(error);
    const t2 = performance.now();
    await beforeCapture?.(page);
    const t3 = performance.now();
    const mm = sheetSizeMm(req.paper, req.orientation);
    const bytes =
      req.format === 'png'
        ? withPngDpi(await screenshot(page, sheetSizePx(req.paper, req.orientation), SCALE), PRINT_DPI)
        : await page.pdf({ width: `${mm.width}mm`, height: `${mm.height}mm`, printBackground: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } });
    if (onPhases) {
      // runs in the page (the api has no DOM types): the print page's contract, web/src/print/main.tsx
      // an older print page has no timings: the phases then come without the per-sheet split
      const sheets = await page.evaluate(() => (globalThis as unknown as { __wanggePrint?: { timings?(): RenderPhases['sheets'] } }).__wanggePrint?.timings?.() ?? []);
      onPhases({ navigateMs: t1 - t0, drawMs: t2 - t1, captureMs: performance.now() - t3, sheets });
    }
    return bytes;
  } finally {
    signal?.removeEventListener('abort', cancel);
    await context.close();
    await own?.close();
  }
}

/**
 * The viewport as a PNG at `scale` device pixels per CSS pixel (a CDP session of its own captures
 * CSS pixels unless the clip says otherwise), asking Chromium to encode it for speed: the same
 * pixels, deflated less hard, which Playwright's screenshot cannot ask. Shooting the same A3 sheet
 * four times each way, alternating, it took 2.1–2.5 CPU-s against 2.3–2.8 (the file grows from 1.6
 * to 1.9 MiB): most of a screenshot is Chromium drawing the page at 300 dpi, not the encoding.
 */
async function screenshot(page: Page, viewport: { width: number; height: number }, scale: number): Promise<Uint8Array> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true, clip: { x: 0, y: 0, ...viewport, scale } });
    return Buffer.from(data, 'base64');
  } finally {
    await cdp.detach();
  }
}
