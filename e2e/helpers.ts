import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { STATUS_COLORS, type GridsResponse, type Status, type StatusResponse } from '@wangge/geodata';
import { GRID_FILL_OPACITY } from '../web/src/grids/grids.layer.ts';
import { MAP_COLORS } from '../web/src/map/theme.ts';

export { expect };

/** Every request the page made, so a spec can look at them; foreign ones are also blocked. */
export interface PageWatch {
  requests: string[];
}

/**
 * The test object every spec uses. It fails a test on any console error or uncaught page error,
 * and on any request to an origin other than the app's (county intranets have no internet).
 */
export const test = base.extend<{ watch: PageWatch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const errors: string[] = [];
      const foreign: string[] = [];
      const requests: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('request', (req) => {
        const url = req.url();
        requests.push(url);
        if (/^(https?|wss?):/.test(url) && new URL(url).origin !== origin) foreign.push(url);
      });
      await page.route(
        (url) => /^(https?|wss?):/.test(url.protocol) && url.origin !== origin,
        (route) => route.abort('blockedbyclient'),
      );
      await use({ requests });
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests outside the app origin').toEqual([]);
    },
    { auto: true },
  ],
});

export const mapRegion = (page: Page): Locator => page.getByRole('region', { name: /网格地图|Grid map/ });
export const sidePanel = (page: Page): Locator => page.locator('aside.side-panel');

/** Resolves after the map has drawn everything it has been given. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__wanggeMap?.loaded() === true);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__wanggeMap!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Opens the app (optionally with a query string) and waits until the week's colours are drawn. */
export async function openMap(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/${query}`);
  const region = mapRegion(page);
  await expect(region).toBeVisible();
  // the first load compiles and draws a lot on a software renderer: slow on a busy machine
  await expect(region).toHaveAttribute('data-shown-week', /^\d{4}-\d{2}-\d{2}$/, { timeout: 30_000 });
  await waitForMapIdle(page);
  return region;
}

/** Waits until the map shows the given week's colours. */
export async function waitForWeek(page: Page, week: string): Promise<void> {
  await expect(mapRegion(page)).toHaveAttribute('data-shown-week', week);
  await waitForMapIdle(page);
}

export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  expect(res.ok(), `${path} → ${res.status()}`).toBe(true);
  return (await res.json()) as T;
}

export const fetchGrids = (page: Page) => apiGet<GridsResponse>(page, '/api/grids');
export const fetchStatus = (page: Page, week: string) => apiGet<StatusResponse>(page, `/api/status?week=${week}`);

export type Rgb = [number, number, number];

const hexRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/** The colour a grid of this status shows on screen: its fill blended over the community ground. */
export function expectedFill(status: Status): Rgb {
  const fill = hexRgb(STATUS_COLORS[status]);
  const ground = hexRgb(MAP_COLORS.communityFill);
  return fill.map((c, i) => Math.round(c * GRID_FILL_OPACITY + ground[i] * (1 - GRID_FILL_OPACITY))) as Rgb;
}

export const near = (a: Rgb, b: Rgb, tolerance = 6) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);

export interface GridSample {
  x: number;
  y: number;
  rgb: Rgb;
  /** a card or the panel lies over this point: it cannot be clicked */
  covered: boolean;
}

/**
 * Reads back the canvas and returns, for each grid, the pixels at points of a lattice that lie
 * inside that grid's fill and away from every line, label and pin (checked with the map's own
 * hit testing), so what is sampled is the status fill alone. Screen points are CSS pixels.
 */
export async function sampleGrids(page: Page, grids: GridsResponse, ids: string[]): Promise<Record<string, GridSample[]>> {
  const boxes = ids.map((id) => {
    const f = grids.features.find((g) => g.properties.id === id);
    if (!f) throw new Error(`no grid ${id}`);
    const flat = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2);
    const xs = flat.map((p) => p[0]);
    const ys = flat.map((p) => p[1]);
    return { id, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const };
  });
  return page.evaluate(
    (boxes) =>
      new Promise<Record<string, GridSample[]>>((resolve) => {
        const map = window.__wanggeMap!;
        const canvas = map.getCanvas();
        const rect = canvas.getBoundingClientRect();
        map.once('render', () => {
          const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
          const w = gl.drawingBufferWidth;
          const h = gl.drawingBufferHeight;
          const ratio = w / canvas.clientWidth;
          const pixels = new Uint8Array(w * h * 4);
          gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
          const ground = new Set(['background', 'communities-fill', 'grids-fill']);
          const out: Record<string, GridSample[]> = {};
          for (const { id, bbox } of boxes) {
            const a = map.project([bbox[0], bbox[3]]);
            const b = map.project([bbox[2], bbox[1]]);
            const samples: GridSample[] = [];
            const step = Math.max(4, Math.min(b.x - a.x, b.y - a.y) / 12);
            for (let y = Math.max(a.y, 6); y < Math.min(b.y, canvas.clientHeight - 6); y += step) {
              for (let x = Math.max(a.x, 6); x < Math.min(b.x, canvas.clientWidth - 6); x += step) {
                const hits = map.queryRenderedFeatures([
                  [x - 5, y - 5],
                  [x + 5, y + 5],
                ]);
                const fills = hits.filter((f) => f.layer.id === 'grids-fill');
                if (fills.length === 0 || fills.some((f) => f.properties.id !== id)) continue;
                if (hits.some((f) => !ground.has(f.layer.id))) continue;
                const px = Math.round(x * ratio);
                const py = h - 1 - Math.round(y * ratio);
                const i = (py * w + px) * 4;
                const covered = document.elementFromPoint(rect.left + x, rect.top + y) !== canvas;
                samples.push({ x, y, rgb: [pixels[i], pixels[i + 1], pixels[i + 2]], covered });
              }
            }
            out[id] = samples;
          }
          resolve(out);
        });
        map.triggerRepaint();
      }),
    boxes,
  );
}

/** The share of a grid's samples that show the expected colour. */
export function matchShare(samples: GridSample[], rgb: Rgb): number {
  return samples.length === 0 ? 0 : samples.filter((s) => near(s.rgb, rgb)).length / samples.length;
}

/** A clickable point well inside the grid, clear of labels and pins: the sample nearest the middle. */
export function innerPoint(all: GridSample[]): { x: number; y: number } {
  const samples = all.filter((s) => !s.covered);
  if (samples.length === 0) throw new Error('the grid is not visible on the map');
  const cx = samples.reduce((s, p) => s + p.x, 0) / samples.length;
  const cy = samples.reduce((s, p) => s + p.y, 0) / samples.length;
  const best = samples.reduce((a, b) => (Math.hypot(b.x - cx, b.y - cy) < Math.hypot(a.x - cx, a.y - cy) ? b : a));
  return { x: best.x, y: best.y };
}

/** Clicks a grid (found by its code) on the map and waits for the side panel to show it. */
export async function selectGrid(page: Page, code: string): Promise<string> {
  const grids = await fetchGrids(page);
  const grid = grids.features.find((f) => f.properties.code === code);
  if (!grid) throw new Error(`no grid with code ${code}`);
  const id = grid.properties.id;
  const samples = (await sampleGrids(page, grids, [id]))[id];
  const { x, y } = innerPoint(samples);
  await mapRegion(page).click({ position: { x, y } });
  await expect(sidePanel(page)).toContainText(code);
  await expect(page).toHaveURL(new RegExp(`[?&]grid=${id}(&|$)`));
  return id;
}

/**
 * Uncovered screen points (CSS pixels) clear of pins where `layer` draws the feature with this id;
 * with a null id, points where no grid is drawn at all.
 */
export async function pointsOn(
  page: Page,
  layer: string,
  id: string | null,
  step = 10,
  within?: readonly [number, number, number, number],
): Promise<{ x: number; y: number }[]> {
  return page.evaluate(
    ({ layer, id, step, within }) => {
      const map = window.__wanggeMap!;
      const canvas = map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      const out: { x: number; y: number }[] = [];
      const busy = new Set(['problems-clusters', 'problems-points', 'problems-halo', 'selection-point']);
      // the lattice covers the canvas, or only the screen box of `within` (lon/lat bbox) when given
      const nw = within ? map.project([within[0], within[3]]) : { x: 0, y: 0 };
      const se = within ? map.project([within[2], within[1]]) : { x: canvas.clientWidth, y: canvas.clientHeight };
      const [x0, y0] = [Math.max(step, nw.x + step / 2), Math.max(step, nw.y + step / 2)];
      const [x1, y1] = [Math.min(canvas.clientWidth - step, se.x), Math.min(canvas.clientHeight - step, se.y)];
      for (let y = y0; y < y1; y += step) {
        for (let x = x0; x < x1; x += step) {
          if (document.elementFromPoint(rect.left + x, rect.top + y) !== canvas) continue;
          const hits = map.queryRenderedFeatures([
            [x - 6, y - 6],
            [x + 6, y + 6],
          ]);
          if (hits.some((f) => busy.has(f.layer.id))) continue;
          const inside =
            id === null
              ? !hits.some((f) => f.layer.id === 'grids-fill')
              : hits.some((f) => f.layer.id === layer && f.properties.id === id);
          if (inside) out.push({ x, y });
        }
      }
      return out;
    },
    { layer, id, step, within },
  );
}

/** The code of the grid with the most clickable area on screen right now. */
export async function roomiestGrid(page: Page): Promise<string> {
  const grids = await fetchGrids(page);
  const samples = await sampleGrids(page, grids, grids.features.map((f) => f.properties.id));
  const open = (id: string) => samples[id].filter((s) => !s.covered).length;
  const best = [...grids.features].sort((a, b) => open(b.properties.id) - open(a.properties.id))[0];
  return best.properties.code;
}
