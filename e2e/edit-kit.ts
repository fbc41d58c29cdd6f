import { request as playwrightRequest, type Page } from '@playwright/test';
import type { GridsResponse } from '@wangge/geodata';
import type { Position } from 'geojson';
import { expect, mapRegion, openMap, pointsOn } from './helpers.ts';
import { DEMO_PASSWORD, loginAs } from './login.ts';
import { EXTERNAL_URL, MAIN_PORT } from './servers.ts';

/** What the edit specs share: the edit drawer's parts, finding vertices, driving the map, and putting the seeded grids back. */
export type Grid = GridsResponse['features'][number];

export const drawer = (page: Page) => page.locator('section.drawer[data-drawer="edit"]');
export const verdict = (page: Page) => drawer(page).locator('.coverage-verdict').first();
export const saveBar = (page: Page) => drawer(page).locator('.save-bar');
export const rings = (g: Grid) => (g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates).flat(1);
export const key = (p: Position) => `${p[0]},${p[1]}`;
export const hasVertex = (g: Grid, v: Position) => rings(g).some((r) => r.some((q) => key(q) === key(v)));

/** Metres between two positions (equirectangular: fine over a few hundred metres). */
export function metres(a: Position, b: Position): number {
  const k = Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * k, a[1] - b[1]) * 111_320;
}

/**
 * A vertex two grids of one community share in the middle of their border (the same neighbours on
 * both sides), far from every other grid: moving it a little keeps the coverage whole.
 */
export function sharedBorderVertex(grids: GridsResponse): { vertex: Position; ids: [string, string] } {
  const owners = new Map<string, { grid: Grid; prev: Position; next: Position }[]>();
  for (const g of grids.features) {
    for (const ring of rings(g)) {
      const open = ring.slice(0, -1);
      open.forEach((q, i) => {
        const list = owners.get(key(q)) ?? [];
        list.push({ grid: g, prev: open[(i + open.length - 1) % open.length], next: open[(i + 1) % open.length] });
        owners.set(key(q), list);
      });
    }
  }
  for (const [k, list] of owners) {
    if (list.length !== 2) continue;
    const [a, b] = list;
    if (a.grid.properties.communityId !== b.grid.properties.communityId) continue;
    const pair = (o: (typeof list)[number]) => [key(o.prev), key(o.next)].sort().join('|');
    if (pair(a) !== pair(b)) continue;
    const v = k.split(',').map(Number);
    const others = grids.features.filter((g) => g !== a.grid && g !== b.grid);
    const alone = others.every((g) => rings(g).every((r) => r.every((q) => metres(q, v) > 40)));
    if (alone && metres(a.prev, v) > 8 && metres(a.next, v) > 8) return { vertex: v, ids: [a.grid.properties.id, b.grid.properties.id] };
  }
  throw new Error('no vertex shared by two grids in the middle of their border');
}

/** Moves the map so the box is in view beside the drawer, without animation. */
export async function showBox(page: Page, box: [number, number, number, number], maxZoom = 17): Promise<void> {
  await page.evaluate(
    ({ box, maxZoom }) => {
      const map = window.__wanggeMap!;
      map.fitBounds(box, { padding: { top: 60, bottom: 60, left: 60, right: 460 }, maxZoom, animate: false });
    },
    { box, maxZoom },
  );
}

export async function screenPoint(page: Page, at: Position): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((at) => window.__wanggeMap!.project(at as [number, number]), at);
  const box = (await mapRegion(page).boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Clicks well inside a grid in the edit view (no other grid within 8 px) and waits until it is selected. */
export async function selectForEdit(page: Page, grid: Grid): Promise<void> {
  const points = await pointsOn(page, 'edit-fill', grid.properties.id, 14);
  const inner = await page.evaluate(
    ({ points, id }) =>
      points.filter(({ x, y }) =>
        window.__wanggeMap!.queryRenderedFeatures([[x - 8, y - 8], [x + 8, y + 8]], { layers: ['edit-fill'] }).every((f) => f.properties.id === id),
      ),
    { points, id: grid.properties.id },
  );
  expect(inner.length, `grid ${grid.properties.code} on screen`).toBeGreaterThan(0);
  await mapRegion(page).click({ position: inner[Math.floor(inner.length / 2)] });
  await expect(drawer(page).locator('#edit-grid-title')).toContainText(grid.properties.code);
}

/** Presses on a vertex handle and drags it by (dx, dy) screen pixels in small steps. */
export async function dragVertex(page: Page, vertex: Position, dx: number, dy: number): Promise<void> {
  const from = await screenPoint(page, vertex);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + (dx * i) / steps, from.y + (dy * i) / steps);
  await page.mouse.up();
}

export async function openEdit(page: Page): Promise<void> {
  await loginAs(page, 'planner');
  await openMap(page, '?view=edit');
  await expect(drawer(page).getByRole('toolbar', { name: '编辑工具' })).toBeVisible();
  await expect(verdict(page)).toContainText('全覆盖 ✓');
}

/**
 * Puts the grids back as seeded (`original`), so the specs after an edit spec see the Dafang data
 * they expect: changed grids get their seeded shape and attributes, grids made since are retired.
 */
export async function restoreSeededGrids(original: GridsResponse): Promise<void> {
  const api = await playwrightRequest.newContext({ baseURL: EXTERNAL_URL ?? `http://localhost:${MAIN_PORT}` });
  await api.post('/api/auth/login', { data: { username: 'planner', password: DEMO_PASSWORD } });
  const now = (await (await api.get('/api/grids')).json()) as GridsResponse;
  const before = new Map(original.features.map((g) => [g.properties.id, g]));
  const update = now.features
    .filter((g) => before.has(g.properties.id) && JSON.stringify(g) !== JSON.stringify(before.get(g.properties.id)))
    .map((g) => {
      const o = before.get(g.properties.id)!;
      const { code, name, communityId, areaId, unitIds } = o.properties;
      return { id: g.properties.id, version: g.properties.version, geometry: o.geometry, code, name, communityId, areaId, unitIds };
    });
  const retire = now.features.filter((g) => !before.has(g.properties.id)).map((g) => ({ id: g.properties.id, version: g.properties.version }));
  if (update.length + retire.length > 0) {
    const res = await api.post('/api/grids/batch', { data: { update, retire, confirmWorse: true } });
    expect(res.ok(), `restoring the seeded grids → ${res.status()} ${await res.text()}`).toBe(true);
  }
  await api.dispose();
}
