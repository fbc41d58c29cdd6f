import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { decodeExportRequest, PROBLEM_STATUS_COLORS, STATUS_COLORS, type GridsResponse, type ProblemStatus, type ProblemsResponse, type Status, type StatusResponse } from '@wangge/geodata';
import { renderMap } from '@wangge/api/export/render-map';
import { GRID_FILL_OPACITY } from '../../../web/src/grids/grids.layer.ts';
import { MAP_COLORS } from '../../../web/src/map/theme.ts';
import { launchChromium } from '../browser.ts';
import { serveTemp, type TempServer } from '../serve-temp.ts';
import { pdfPageTexts } from './pdf-text.ts';
import { coloursInside, hexRgb, near, readPng, rgbHex, type Rgb, type Ring } from './png-pixels.ts';

/**
 * Renders real exports from the app on a fixed clock (Dafang, week 2026-11-20: 21 grids on time,
 * 2 late, 7 missing) and reads them back: a blank or mis-coloured map, a missing legend or a PDF
 * whose title is not text fails.
 */
const WEEK = '2026-11-20';
const DPR = 300 / 96;

/** A status as it must look on paper: the fill at GRID_FILL_OPACITY over the pale community ground. */
function expectedFill(status: Status): Rgb {
  const top = hexRgb(STATUS_COLORS[status]);
  const under = hexRgb(MAP_COLORS.communityFill);
  return top.map((c, i) => Math.round(GRID_FILL_OPACITY * c + (1 - GRID_FILL_OPACITY) * under[i])) as Rgb;
}

function request(raw: Record<string, string>) {
  const r = decodeExportRequest(raw);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

let server: TempServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveTemp({ WANGGE_NOW: '2026-11-25T10:00:00+08:00' });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a status map exported as an A3 landscape PNG at 300 dpi', () => {
  interface Probe {
    grids: { id: string; rings: Ring[] }[];
    swatches: { key: string; color: string; x: number; y: number }[];
    labelled: string[];
  }
  let png: ReturnType<typeof readPng>;
  let probe: Probe;
  let grids: GridsResponse;
  let status: StatusResponse;

  beforeAll(async () => {
    grids = (await (await fetch(`${server.url}/api/grids`)).json()) as GridsResponse;
    status = (await (await fetch(`${server.url}/api/status?week=${WEEK}`)).json()) as StatusResponse;
    const outer = grids.features.map((f) => ({
      id: f.properties.id,
      rings: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((poly) => poly[0] as [number, number][]),
    }));
    const bytes = await renderMap(request({ week: WEEK, kind: 'status', paper: 'A3', orientation: 'landscape', format: 'png' }), {
      baseUrl: server.url,
      browser,
      beforeCapture: async (page) => {
        probe = await page.evaluate((shapes) => {
          // the print page's contract (web/src/print/main.tsx)
          const print = (window as unknown as { __wanggePrint: { project(sheet: number, p: [number, number][]): [number, number][]; labelledGrids(sheet: number): string[] } }).__wanggePrint;
          return {
            grids: shapes.map((g) => ({ id: g.id, rings: g.rings.map((ring) => print.project(0, ring)) })),
            swatches: Array.from(document.querySelectorAll<HTMLElement>('[data-legend] .swatch[data-color]'), (el) => {
              const r = el.getBoundingClientRect();
              const row = el.closest('[data-legend]') as HTMLElement;
              return { key: row.dataset.legend!, color: el.dataset.color!, x: r.left + r.width / 2, y: r.top + r.height / 2 };
            }),
            labelled: print.labelledGrids(0),
          };
        }, outer);
      },
    });
    png = readPng(bytes);
  }, 180_000);

  it('is at least 4961 × 3508 pixels (420 × 297 mm at 300 dpi)', () => {
    expect(png.width).toBeGreaterThanOrEqual(4961);
    expect(png.height).toBeGreaterThanOrEqual(3508);
  });

  it('fills every grid with its status colour for the week', () => {
    const statusOf = new Map(status.grids.map((g) => [g.gridId, g.status]));
    expect(new Set(statusOf.values())).toEqual(new Set(['on_time', 'late', 'missing']));
    expect(probe.grids).toHaveLength(30);
    for (const g of probe.grids) {
      const rings = g.rings.map((ring) => ring.map(([x, y]) => [x * DPR, y * DPR] as [number, number]));
      const [top] = coloursInside(png, rings);
      const want = expectedFill(statusOf.get(g.id)!);
      expect(rgbHex(top.colour), `grid ${g.id} (${statusOf.get(g.id)})`).toSatisfy((hex: string) => near(hexRgb(hex), want, 3));
      expect(top.share, `grid ${g.id}: share of its fill colour`).toBeGreaterThan(0.6);
    }
  });

  it('draws legend swatches in the same colours as the grids they explain', () => {
    const byKey = Object.fromEntries(probe.swatches.map((s) => [s.key, s]));
    for (const s of ['missing', 'late', 'pending', 'on_time', 'not_due', 'exempt'] as const) {
      const swatch = byKey[s];
      expect(swatch, `legend row ${s}`).toBeDefined();
      const seen = png.at(swatch.x * DPR, swatch.y * DPR);
      expect(rgbHex(seen), `swatch ${s}`).toSatisfy((hex: string) => near(hexRgb(hex), expectedFill(s), 3));
    }
  });

  it('labels every grid with its code', () => {
    expect(probe.labelled).toEqual(grids.features.map((f) => f.properties.code).sort());
  });
});

describe('an export of what was on screen: a selected grid, the problem filter, a frame', () => {
  const SELECTED = 'chengbei-3';
  type Probe = { ring: [number, number][]; pins: { id: string; status: string; at: [number, number] }[]; counts: Record<string, string>; map: { left: number; top: number; width: number; height: number } };
  let problems: ProblemsResponse;
  let selectedRing: [number, number][];

  async function render(raw: Record<string, string>): Promise<{ png: ReturnType<typeof readPng>; probe: Probe }> {
    let probe!: Probe;
    const bytes = await renderMap(request(raw), {
      baseUrl: server.url,
      browser,
      beforeCapture: async (page) => {
        probe = await page.evaluate(
          ({ ring, pins }) => {
            const print = (window as unknown as { __wanggePrint: { project(sheet: number, p: [number, number][]): [number, number][] } }).__wanggePrint;
            const box = document.querySelector('.map')!.getBoundingClientRect();
            const counts: Record<string, string> = {};
            for (const row of Array.from(document.querySelectorAll<HTMLElement>('[data-legend]'))) counts[row.dataset.legend!] = row.querySelector('.num')?.textContent ?? '';
            return {
              ring: print.project(0, ring),
              pins: pins.map((p) => ({ ...p, at: print.project(0, [p.at])[0] })),
              counts,
              map: { left: box.left, top: box.top, width: box.width, height: box.height },
            };
          },
          { ring: selectedRing, pins: problems.features.map((f) => ({ id: f.properties.id, status: f.properties.status, at: f.geometry.coordinates as [number, number] })) },
        );
      },
    });
    return { png: readPng(bytes), probe };
  }

  beforeAll(async () => {
    problems = (await (await fetch(`${server.url}/api/problems?limit=100`)).json()) as ProblemsResponse;
    const grids = (await (await fetch(`${server.url}/api/grids`)).json()) as GridsResponse;
    const g = grids.features.find((f) => f.properties.id === SELECTED)!;
    selectedRing = (g.geometry.type === 'Polygon' ? g.geometry.coordinates[0] : g.geometry.coordinates[0][0]) as [number, number][];
  });

  it('outlines the selected grid and draws only the pins the filter lets through, with the legend counting them', async () => {
    const assigned = problems.features.filter((f) => f.properties.status === 'assigned');
    expect(assigned.length).toBeGreaterThan(0);
    expect(problems.features.length).toBeGreaterThan(assigned.length);
    const { png, probe } = await render({ week: WEEK, kind: 'status', paper: 'A4', format: 'png', layers: 'problems', grid: SELECTED, problemStatus: 'assigned' });

    // the selection line runs along the grid's edge: sample the middle of each edge of its outer ring
    const dark = hexRgb(MAP_COLORS.selection);
    let onLine = 0;
    const edges = probe.ring.length - 1;
    for (let i = 0; i < edges; i++) {
      const [ax, ay] = probe.ring[i];
      const [bx, by] = probe.ring[i + 1];
      // 25 keeps the community edge (#3b4350) apart from the selection line (#111827)
      if (near(png.at(((ax + bx) / 2) * DPR, ((ay + by) / 2) * DPR), dark, 25)) onLine += 1;
    }
    expect(onLine / edges, 'share of the selected grid’s edges drawn in the selection colour').toBeGreaterThan(0.8);

    for (const pin of probe.pins) {
      const seen = png.at(pin.at[0] * DPR, pin.at[1] * DPR);
      const pinColour = hexRgb(PROBLEM_STATUS_COLORS[pin.status as ProblemStatus]);
      if (pin.status === 'assigned') expect(rgbHex(seen), `pin ${pin.id} (assigned) is drawn`).toSatisfy((hex: string) => near(hexRgb(hex), pinColour, 6));
      else expect(rgbHex(seen), `pin ${pin.id} (${pin.status}) is filtered out`).not.toSatisfy((hex: string) => near(hexRgb(hex), pinColour, 6));
    }
    expect(probe.counts.assigned).toBe(String(assigned.length));
    expect(probe.counts.reported).toBe('0');
    expect(probe.counts.selected).toBeDefined();
  }, 120_000);

  it('frames the map on the selected grid when asked: the grid fills the map box', async () => {
    const { probe } = await render({ week: WEEK, kind: 'status', paper: 'A4', format: 'png', grid: SELECTED, frame: 'grid' });
    const xs = probe.ring.map((p) => p[0]);
    const ys = probe.ring.map((p) => p[1]);
    const wide = (Math.max(...xs) - Math.min(...xs)) / probe.map.width;
    const tall = (Math.max(...ys) - Math.min(...ys)) / probe.map.height;
    // fitted with 18 px of padding on the limiting side; on the town sheet the grid is a few per cent of the map
    expect(Math.max(wide, tall)).toBeGreaterThan(0.9);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(probe.map.left - 1);
    expect(Math.max(...xs)).toBeLessThanOrEqual(probe.map.left + probe.map.width + 1);
  }, 120_000);
});

describe('all communities exported as one PDF', () => {
  it('has one page per gridded community, each titled in searchable text with its community and the data time', async () => {
    const bytes = await renderMap(request({ week: WEEK, kind: 'status', paper: 'A4', orientation: 'landscape', format: 'pdf', allCommunities: '1' }), { baseUrl: server.url, browser });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const pages = await pdfPageTexts(bytes);
    const communities = ['城中社区', '城北社区', '西北社区', '城南社区', '西南社区', '东郊社区', '北郊社区', '南郊社区', '奢香古镇社区'];
    expect(pages).toHaveLength(communities.length);
    pages.forEach((text, i) => {
      expect(text).toContain('大方县创建全国文明城市网格化管理 ― 第 47 周 报送情况'.normalize('NFKC'));
      expect(text).toContain(communities[i]);
      expect(text).toContain('数据时间:2026年11月25日 10:00'.normalize('NFKC'));
      // the page number only: pdf.js reads 页 as its radical twin ⻚, which NFKC leaves alone
      expect(text).toContain(`第 ${i + 1} / 9 `);
    });
  }, 240_000);
});

describe('the same export from the app and from the command line', () => {
  it('GET /api/export answers a PNG download named after the week', async () => {
    // exports are for logged-in staff
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', password: 'wangge-demo' }) });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const res = await fetch(`${server.url}/api/export?week=${WEEK}&kind=problems&paper=A4&orientation=portrait&format=png`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain(`问题点位_${WEEK}_A4.png`);
    const png = readPng(new Uint8Array(await res.arrayBuffer()));
    // 210 × 297 mm at 300 dpi
    expect(png.width).toBeGreaterThanOrEqual(2480);
    expect(png.height).toBeGreaterThanOrEqual(3507);
  }, 120_000);

  it('npm run export-map refuses a week before the first report and a grid the server does not have: exit 2, nothing written', () => {
    const root = resolve(fileURLToPath(import.meta.url), '../../../..');
    const dir = mkdtempSync(join(tmpdir(), 'wangge-export-'));
    try {
      const out = join(dir, 'map.png');
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/export-map.ts'), '--format', 'png', '--out', out, '--url', server.url, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      const early = run('--week', '2020-01-03');
      expect(early.status).toBe(2);
      expect(early.stderr).toMatch(/week 2020-01-03 is before the first reported week \(\d{4}-\d{2}-\d{2}\)/);
      const grid = run('--week', WEEK, '--grid', 'nowhere-9');
      expect(grid.status).toBe(2);
      expect(grid.stderr).toContain('--grid nowhere-9 is not a grid of');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('npm run export-map --url writes the PDF and says so', () => {
    const root = resolve(fileURLToPath(import.meta.url), '../../../..');
    const dir = mkdtempSync(join(tmpdir(), 'wangge-export-'));
    try {
      const out = join(dir, 'coverage.pdf');
      const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/export-map.ts'), '--week', WEEK, '--kind', 'coverage', '--paper', 'A4', '--format', 'pdf', '--title', '网格覆盖检查 周例会', '--out', out, '--url', server.url], { cwd: root, encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^wrote .*coverage\.pdf/);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
