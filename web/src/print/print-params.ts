import { checkWeek, isProblemCategory, isProblemStatus, type BBox } from '@wangge/geodata';
import { NO_FILTER, type ProblemFilter } from '../problems/problem-query.ts';
import type { PrintLang } from './i18n/index.ts';

/** The sheet's paper in millimetres (landscape: long side across). Mirrors api/src/export/print-options.ts. */
export const PAPER_MM = { A4: { long: 297, short: 210 }, A3: { long: 420, short: 297 } } as const;
export type Paper = keyof typeof PAPER_MM;
export type Orientation = 'landscape' | 'portrait';
export type PrintKind = 'status' | 'coverage' | 'problems';
export type PrintOverlay = 'problems' | 'zones';
/** What the map is framed on: the sheet's own extent (the town, or its community), the screen's view, or the selected grid. */
export const PRINT_FRAMES = ['town', 'view', 'grid'] as const;
export type PrintFrame = (typeof PRINT_FRAMES)[number];

export interface PrintParams {
  /** null: the server's current week */
  week: string | null;
  kind: PrintKind;
  paper: Paper;
  orientation: Orientation;
  title: string | null;
  lang: PrintLang;
  /** null: the whole county on one sheet; 'all': one sheet per gridded community; else one community's id */
  community: string | null;
  /** the map canvas's device pixels per CSS pixel; null: the browser's (PNG exports set the device scale) */
  pixelRatio: number | null;
  /** drawn over the map whatever its kind: problem pins, 专项责任区 outlines */
  overlays: PrintOverlay[];
  /** the grid selected on screen: outlined on the map and named in the legend */
  grid: string | null;
  frame: PrintFrame;
  /** [west, south, east, north] of the screen's map when frame is 'view' */
  bbox: BBox | null;
  /** the app's problem filter: which pins the map and the problem tables show */
  problemFilter: ProblemFilter;
  /** inside the export dialog: the first sheet only, at screen resolution, its title replaced live (postMessage) */
  preview: boolean;
}

export type ParamsCheck = { ok: true; params: PrintParams } | { ok: false; message: string; lang: PrintLang };

function pick<T extends string>(q: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T | { bad: string } {
  const v = q.get(name);
  if (v === null || v === '') return fallback;
  return (allowed as readonly string[]).includes(v) ? (v as T) : { bad: `${name} "${v}" is not one of ${allowed.join(', ')}` };
}

const ID_RE = /^[\w-]{1,64}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Query keys of the problem filter on the print page and GET /api/export (prefixed, as `grid` there
 * is the selection). Mirrors api/src/export/print-options.ts.
 */
export const PROBLEM_FILTER_KEYS = {
  statuses: 'problemStatus',
  categories: 'problemCategory',
  from: 'problemFrom',
  to: 'problemTo',
  grid: 'problemGrid',
  unit: 'problemUnit',
  overdue: 'problemOverdue',
} as const;

/** The filter as query pairs; an empty filter adds nothing. */
export function problemFilterPairs(filter: ProblemFilter): [string, string][] {
  const k = PROBLEM_FILTER_KEYS;
  const pairs: [string, string][] = [];
  if (filter.statuses.length) pairs.push([k.statuses, filter.statuses.join(',')]);
  if (filter.categories.length) pairs.push([k.categories, filter.categories.join(',')]);
  if (filter.from) pairs.push([k.from, filter.from]);
  if (filter.to) pairs.push([k.to, filter.to]);
  if (filter.grid) pairs.push([k.grid, filter.grid]);
  if (filter.unit) pairs.push([k.unit, filter.unit]);
  if (filter.overdue) pairs.push([k.overdue, '1']);
  return pairs;
}

function parseProblemFilter(q: URLSearchParams): ProblemFilter | { bad: string } {
  const k = PROBLEM_FILTER_KEYS;
  const list = (key: string) => (q.get(key) ?? '').split(',').filter(Boolean);
  const statuses = list(k.statuses);
  const badStatus = statuses.filter((v) => !isProblemStatus(v));
  if (badStatus.length) return { bad: `${k.statuses} has unknown values: ${badStatus.join(', ')}` };
  const categories = list(k.categories);
  const badCategory = categories.filter((v) => !isProblemCategory(v));
  if (badCategory.length) return { bad: `${k.categories} has unknown values: ${badCategory.join(', ')}` };
  const from = q.get(k.from) || null;
  const to = q.get(k.to) || null;
  for (const [key, v] of [[k.from, from], [k.to, to]] as const) if (v !== null && !DATE_RE.test(v)) return { bad: `${key} "${v}" is not a date (YYYY-MM-DD)` };
  const grid = q.get(k.grid) || null;
  const unit = q.get(k.unit) || null;
  for (const [key, v] of [[k.grid, grid], [k.unit, unit]] as const) if (v !== null && !ID_RE.test(v)) return { bad: `${key} "${v}" is not an id` };
  return { ...NO_FILTER, statuses: statuses as ProblemFilter['statuses'], categories: categories as ProblemFilter['categories'], from, to, grid, unit, overdue: q.get(k.overdue) === '1' };
}

/** "w,s,e,n" in degrees, west of east and south of north. */
export function parseBbox(value: string): BBox | null {
  const n = value.split(',').map(Number);
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) return null;
  const [w, s, e, north] = n;
  if (w >= e || s >= north || Math.abs(w) > 180 || Math.abs(e) > 180 || Math.abs(s) > 90 || Math.abs(north) > 90) return null;
  return [w, s, e, north];
}

/** Reads the print page's query; a bad value is an error the page reports (data-error), never a guess. */
export function parsePrintParams(search: string): ParamsCheck {
  const q = new URLSearchParams(search);
  const lang = q.get('lang') === 'en' ? 'en' : 'zh';
  const fail = (message: string): ParamsCheck => ({ ok: false, message, lang });
  const kind = pick(q, 'kind', ['status', 'coverage', 'problems'] as const, 'status');
  const paper = pick(q, 'paper', ['A4', 'A3'] as const, 'A4');
  const orientation = pick(q, 'orientation', ['landscape', 'portrait'] as const, 'landscape');
  for (const v of [kind, paper, orientation]) if (typeof v === 'object') return fail(v.bad);
  const weekParam = q.get('week');
  let week: string | null = null;
  if (weekParam) {
    const w = checkWeek(weekParam);
    if (!w.ok) return fail(w.message);
    week = w.week;
  }
  const community = q.get('community') || null;
  if (community !== null && !ID_RE.test(community)) return fail(`community "${community}" is not a community id`);
  const layers = (q.get('layers') ?? '').split(',').filter(Boolean);
  const unknown = layers.filter((l) => l !== 'problems' && l !== 'zones');
  if (unknown.length) return fail(`layers has unknown values: ${unknown.join(', ')}`);
  const grid = q.get('grid') || null;
  if (grid !== null && !ID_RE.test(grid)) return fail(`grid "${grid}" is not a grid id`);
  const frame = pick(q, 'frame', PRINT_FRAMES, 'town');
  if (typeof frame === 'object') return fail(frame.bad);
  const bboxParam = q.get('bbox');
  const bbox = bboxParam ? parseBbox(bboxParam) : null;
  if (bboxParam && !bbox) return fail(`bbox "${bboxParam}" is not west,south,east,north in degrees`);
  if (frame === 'view' && !bbox) return fail('frame "view" needs bbox=west,south,east,north');
  if (frame === 'grid' && !grid) return fail('frame "grid" needs grid=<id>');
  const problemFilter = parseProblemFilter(q);
  if ('bad' in problemFilter) return fail(problemFilter.bad);
  const dpr = q.get('dpr');
  const pixelRatio = dpr ? Number(dpr) : null;
  if (pixelRatio !== null && !(pixelRatio >= 1 && pixelRatio <= 6)) return fail(`dpr "${dpr}" must be a number from 1 to 6`);
  return {
    ok: true,
    params: {
      week,
      kind: kind as PrintKind,
      paper: paper as Paper,
      orientation: orientation as Orientation,
      title: q.get('title')?.trim() || null,
      lang,
      community,
      pixelRatio,
      overlays: (['problems', 'zones'] as const).filter((o) => layers.includes(o)),
      grid,
      frame,
      bbox,
      problemFilter,
      preview: q.get('preview') === '1',
    },
  };
}

export function sheetMm(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const { long, short } = PAPER_MM[paper];
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/** Five decimals is about a metre: enough to frame a view, short enough for a link. */
const BBOX_DECIMALS = 5;

export const formatBbox = (b: BBox) => b.map((n) => Number(n.toFixed(BBOX_DECIMALS))).join(',');

/** The print page's query for these parameters (what parsePrintParams reads back), without the "?". */
export function serializePrintParams(p: PrintParams): string {
  const q = new URLSearchParams();
  if (p.week) q.set('week', p.week);
  q.set('kind', p.kind);
  q.set('paper', p.paper);
  q.set('orientation', p.orientation);
  q.set('lang', p.lang);
  if (p.title) q.set('title', p.title);
  if (p.community) q.set('community', p.community);
  if (p.overlays.length) q.set('layers', p.overlays.join(','));
  if (p.grid) q.set('grid', p.grid);
  if (p.frame !== 'town') q.set('frame', p.frame);
  if (p.bbox) q.set('bbox', formatBbox(p.bbox));
  for (const [k, v] of problemFilterPairs(p.problemFilter)) q.set(k, v);
  if (p.pixelRatio !== null) q.set('dpr', String(p.pixelRatio));
  if (p.preview) q.set('preview', '1');
  return q.toString().replace(/%2C/g, ',');
}
