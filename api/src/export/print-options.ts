import { checkWeek, PROBLEM_CATEGORIES, PROBLEM_STATUS, type BBox, type ProblemCategory, type ProblemStatus } from '@wangge/geodata';

/**
 * What a meeting-map export asks for, checked in one place for the CLI (export-map) and the API
 * route (/api/export), and turned into the query string of the print page (web/print.html).
 */
export const PAPERS = { A4: { long: 297, short: 210 }, A3: { long: 420, short: 297 } } as const;
export type Paper = keyof typeof PAPERS;
export const KINDS = ['status', 'coverage', 'problems'] as const;
export type Kind = (typeof KINDS)[number];
export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];
export const FORMATS = ['png', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];
export const LANGS = ['zh', 'en'] as const;
/** Overlays drawn over any kind of map, as the app's layer toggles show them. */
export const OVERLAYS = ['problems', 'zones'] as const;
export type Overlay = (typeof OVERLAYS)[number];
export type PrintLang = (typeof LANGS)[number];
/** What the map is framed on: the sheet's own extent (town or community), a box (the screen's view), or the selected grid. */
export const FRAMES = ['town', 'view', 'grid'] as const;
export type Frame = (typeof FRAMES)[number];

/** The app's problem filter (web/src/problems/problem-query.ts): which pins and problem rows the sheet holds. */
export interface ProblemFilter {
  statuses: ProblemStatus[];
  categories: ProblemCategory[];
  /** YYYY-MM-DD, filed on or after / on or before (Shanghai days) */
  from: string | null;
  to: string | null;
  grid: string | null;
  unit: string | null;
  overdue: boolean;
}

/**
 * Query names of the filter on /api/export and the print page (`grid` there is the selection);
 * the CLI spells them --problem-status and so on. Mirrors web/src/print/print-params.ts.
 */
export const PROBLEM_FILTER_PARAMS = {
  statuses: 'problemStatus',
  categories: 'problemCategory',
  from: 'problemFrom',
  to: 'problemTo',
  grid: 'problemGrid',
  unit: 'problemUnit',
  overdue: 'problemOverdue',
} as const;

/** PNG exports are 300 dots per inch of paper; CSS lays the sheet out at 96 px per inch. */
export const PRINT_DPI = 300;
export const CSS_DPI = 96;
const MAX_TITLE = 120;
const ID_RE = /^[\w-]{1,64}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export interface PrintRequest {
  week: string;
  kind: Kind;
  paper: Paper;
  orientation: Orientation;
  format: Format;
  /** null: the page's default title for the kind and week */
  title: string | null;
  lang: PrintLang;
  /** one community's sheet; null: the whole county */
  community: string | null;
  /** one sheet per gridded community, as pages of one PDF */
  allCommunities: boolean;
  overlays: Overlay[];
  /** the grid selected on screen: outlined and named on the sheet */
  grid: string | null;
  frame: Frame;
  /** [west, south, east, north] when frame is 'view' */
  bbox: BBox | null;
  problemFilter: ProblemFilter;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Raw values as they come from argv or a query string; absent ones take the defaults. */
export interface RawPrintRequest {
  week?: string;
  kind?: string;
  paper?: string;
  orientation?: string;
  format?: string;
  title?: string;
  lang?: string;
  community?: string;
  allCommunities?: boolean;
  /** comma-separated overlays, e.g. "problems,zones" */
  layers?: string;
  grid?: string;
  frame?: string;
  /** "west,south,east,north" */
  bbox?: string;
  /** comma-separated problem statuses */
  problemStatus?: string;
  /** comma-separated problem categories */
  problemCategory?: string;
  problemFrom?: string;
  problemTo?: string;
  problemGrid?: string;
  problemUnit?: string;
  problemOverdue?: boolean;
}

function checkList<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): Checked<T[]> {
  const items = (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  const bad = items.filter((v) => !(allowed as readonly string[]).includes(v));
  if (bad.length) return { ok: false, message: `${name} has unknown values: ${bad.join(', ')} (allowed: ${allowed.join(', ')})` };
  return { ok: true, value: allowed.filter((a) => items.includes(a)) };
}

function checkDate(name: string, value: string | undefined): Checked<string | null> {
  if (!value) return { ok: true, value: null };
  const [y, m, d] = value.split('-').map(Number);
  // Date.UTC rolls 2026-11-31 over into December: a real day reads back the same
  const real = DATE_RE.test(value) && new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === value;
  if (!real) return { ok: false, message: `${name} "${value}" is not a date (YYYY-MM-DD)` };
  return { ok: true, value };
}

function checkId(name: string, value: string | undefined): Checked<string | null> {
  if (!value) return { ok: true, value: null };
  return ID_RE.test(value) ? { ok: true, value } : { ok: false, message: `${name} "${value}" is not an id` };
}

/** "west,south,east,north" in degrees with west < east and south < north. */
export function checkBbox(value: string | undefined): Checked<BBox | null> {
  if (!value) return { ok: true, value: null };
  const n = value.split(',').map(Number);
  const bad: Checked<BBox | null> = { ok: false, message: `bbox "${value}" is not west,south,east,north in degrees (west < east, south < north)` };
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) return bad;
  const [w, s, e, north] = n;
  if (w >= e || s >= north || Math.abs(w) > 180 || Math.abs(e) > 180 || Math.abs(s) > 90 || Math.abs(north) > 90) return bad;
  return { ok: true, value: [w, s, e, north] };
}

function checkProblemFilter(raw: RawPrintRequest): Checked<ProblemFilter> {
  const k = PROBLEM_FILTER_PARAMS;
  const statuses = checkList(k.statuses, raw.problemStatus, Object.values(PROBLEM_STATUS));
  if (!statuses.ok) return statuses;
  const categories = checkList(k.categories, raw.problemCategory, PROBLEM_CATEGORIES);
  if (!categories.ok) return categories;
  const from = checkDate(k.from, raw.problemFrom);
  if (!from.ok) return from;
  const to = checkDate(k.to, raw.problemTo);
  if (!to.ok) return to;
  if (from.value && to.value && from.value > to.value) return { ok: false, message: `${k.from} ${from.value} is after ${k.to} ${to.value}` };
  const grid = checkId(k.grid, raw.problemGrid);
  if (!grid.ok) return grid;
  const unit = checkId(k.unit, raw.problemUnit);
  if (!unit.ok) return unit;
  return { ok: true, value: { statuses: statuses.value, categories: categories.value, from: from.value, to: to.value, grid: grid.value, unit: unit.value, overdue: raw.problemOverdue ?? false } };
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T | null): Checked<T> {
  if (value === undefined || value === '') {
    return fallback === null ? { ok: false, message: `${name} is required (${allowed.join(', ')})` } : { ok: true, value: fallback };
  }
  const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  return hit ? { ok: true, value: hit } : { ok: false, message: `${name} "${value}" is not one of ${allowed.join(', ')}` };
}

/** Checks every field and names the first bad one; nothing is rendered from an unchecked request. */
export function checkPrintRequest(raw: RawPrintRequest, defaults: { format?: Format } = {}): Checked<PrintRequest> {
  const week = checkWeek(raw.week);
  if (!week.ok) return { ok: false, message: week.message };
  const kind = oneOf('kind', raw.kind, KINDS, 'status');
  if (!kind.ok) return kind;
  const paper = oneOf('paper', raw.paper, Object.keys(PAPERS) as Paper[], 'A4');
  if (!paper.ok) return { ok: false, message: `${paper.message} (paper sizes: A4 297×210 mm, A3 420×297 mm)` };
  const orientation = oneOf('orientation', raw.orientation, ORIENTATIONS, 'landscape');
  if (!orientation.ok) return orientation;
  const format = oneOf('format', raw.format, FORMATS, defaults.format ?? null);
  if (!format.ok) return format;
  const lang = oneOf('lang', raw.lang, LANGS, 'zh');
  if (!lang.ok) return lang;
  const title = raw.title?.trim() || null;
  if (title !== null && title.length > MAX_TITLE) return { ok: false, message: `title is longer than ${MAX_TITLE} characters` };
  const community = raw.community || null;
  if (community !== null && !ID_RE.test(community)) return { ok: false, message: `community "${community}" is not a community id` };
  const allCommunities = raw.allCommunities ?? false;
  if (allCommunities && format.value === 'png') return { ok: false, message: 'all communities make one page each: that needs --format pdf (a PNG is one sheet)' };
  if (allCommunities && community !== null) return { ok: false, message: 'choose either one community or all communities' };
  const named = (raw.layers ?? '').split(',').map((l) => l.trim()).filter(Boolean);
  const unknown = named.filter((l) => !(OVERLAYS as readonly string[]).includes(l));
  if (unknown.length) return { ok: false, message: `layers has unknown values: ${unknown.join(', ')} (allowed: ${OVERLAYS.join(', ')})` };
  const overlays = OVERLAYS.filter((o) => named.includes(o));
  const grid = checkId('grid', raw.grid);
  if (!grid.ok) return grid;
  const frame = oneOf('frame', raw.frame, FRAMES, 'town');
  if (!frame.ok) return frame;
  const bbox = checkBbox(raw.bbox);
  if (!bbox.ok) return bbox;
  if (frame.value === 'view' && !bbox.value) return { ok: false, message: 'frame "view" needs bbox=west,south,east,north' };
  if (frame.value === 'grid' && !grid.value) return { ok: false, message: 'frame "grid" needs the selected grid (grid=<id>)' };
  if (frame.value !== 'town' && allCommunities) return { ok: false, message: `all communities frame each page on its community: frame "${frame.value}" needs a single sheet` };
  const problemFilter = checkProblemFilter(raw);
  if (!problemFilter.ok) return problemFilter;
  return {
    ok: true,
    value: {
      week: week.week,
      kind: kind.value,
      paper: paper.value,
      orientation: orientation.value,
      format: format.value,
      title,
      lang: lang.value,
      community,
      allCommunities,
      overlays,
      grid: grid.value,
      frame: frame.value,
      // a box only frames a view: kept with another frame it would say something the sheet does not show
      bbox: frame.value === 'view' ? bbox.value : null,
      problemFilter: problemFilter.value,
    },
  };
}

/** The sheet's size in millimetres, width first. */
export function sheetSizeMm(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const { long, short } = PAPERS[paper];
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/** The sheet in CSS pixels, rounded up so the whole paper is inside the viewport. */
export function sheetSizePx(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const mm = sheetSizeMm(paper, orientation);
  const px = (v: number) => Math.ceil((v / 25.4) * CSS_DPI);
  return { width: px(mm.width), height: px(mm.height) };
}

/** The print page's query; `mapPixelRatio` makes the map's raster 300 dpi where the device scale does not (PDF). */
export function printPageQuery(req: PrintRequest, mapPixelRatio?: number): string {
  const q = new URLSearchParams({ week: req.week, kind: req.kind, paper: req.paper, orientation: req.orientation, lang: req.lang });
  if (req.title) q.set('title', req.title);
  if (req.overlays.length) q.set('layers', req.overlays.join(','));
  if (req.allCommunities) q.set('community', 'all');
  else if (req.community) q.set('community', req.community);
  if (req.grid) q.set('grid', req.grid);
  if (req.frame !== 'town') q.set('frame', req.frame);
  if (req.bbox) q.set('bbox', req.bbox.join(','));
  for (const [k, v] of problemFilterPairs(req.problemFilter)) q.set(k, v);
  if (mapPixelRatio) q.set('dpr', String(mapPixelRatio));
  return q.toString();
}

/** The filter as query pairs under PROBLEM_FILTER_PARAMS' names; an empty filter adds none. */
export function problemFilterPairs(f: ProblemFilter): [string, string][] {
  const k = PROBLEM_FILTER_PARAMS;
  const pairs: [string, string][] = [];
  if (f.statuses.length) pairs.push([k.statuses, f.statuses.join(',')]);
  if (f.categories.length) pairs.push([k.categories, f.categories.join(',')]);
  if (f.from) pairs.push([k.from, f.from]);
  if (f.to) pairs.push([k.to, f.to]);
  if (f.grid) pairs.push([k.grid, f.grid]);
  if (f.unit) pairs.push([k.unit, f.unit]);
  if (f.overdue) pairs.push([k.overdue, '1']);
  return pairs;
}

const KIND_FILE_NAMES: Readonly<Record<PrintLang, Record<Kind, string>>> = {
  zh: { status: '报送情况', coverage: '网格覆盖', problems: '问题点位' },
  en: { status: 'report-status', coverage: 'coverage', problems: 'problems' },
};

/** A download name that says what the file is, e.g. 报送情况_2026-11-20_A3.pdf. */
export function exportFileName(req: PrintRequest): string {
  const scope = req.allCommunities ? '_all' : req.community ? `_${req.community}` : '';
  return `${KIND_FILE_NAMES[req.lang][req.kind]}_${req.week}${scope}_${req.paper}.${req.format}`;
}
