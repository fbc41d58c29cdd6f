import type { BBox } from '../geometry/bbox.ts';
import { PROBLEM_CATEGORIES, PROBLEM_STATUS, type ProblemCategory, type ProblemStatus } from './problems.ts';

/**
 * The words of a meeting-map sheet shared by the print page (web/print.html), the export API and
 * the export-map CLI: papers, kinds, frames and the problem filter with its query names. One
 * definition, so a link the app builds is read the same way by the page and the server.
 */
export const PAPERS = { A4: { long: 297, short: 210 }, A3: { long: 420, short: 297 } } as const;
export type Paper = keyof typeof PAPERS;
export const KINDS = ['status', 'coverage', 'problems'] as const;
export type Kind = (typeof KINDS)[number];
export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];
export const LANGS = ['zh', 'en'] as const;
export type PrintLang = (typeof LANGS)[number];
/** Overlays drawn over any kind of map, as the app's layer toggles show them. */
export const OVERLAYS = ['problems', 'zones'] as const;
export type Overlay = (typeof OVERLAYS)[number];
/** What the map is framed on: the sheet's own extent (town or community), a box (the screen's view), or the selected grid. */
export const FRAMES = ['town', 'view', 'grid'] as const;
export type Frame = (typeof FRAMES)[number];

/** The sheet's size in millimetres, width first. */
export function sheetSizeMm(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const { long, short } = PAPERS[paper];
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/** The app's problem filter: which pins and problem rows the map, the list and a sheet hold. */
export interface ProblemFilter {
  statuses: readonly ProblemStatus[];
  categories: readonly ProblemCategory[];
  /** YYYY-MM-DD, filed on or after (Shanghai days, as the API reads them) */
  from: string | null;
  /** YYYY-MM-DD, filed on or before */
  to: string | null;
  grid: string | null;
  unit: string | null;
  overdue: boolean;
}

export const NO_PROBLEM_FILTER: ProblemFilter = { statuses: [], categories: [], from: null, to: null, grid: null, unit: null, overdue: false };

/**
 * Query names of the filter on the print page and /api/export, prefixed because `grid` there is the
 * selection; the CLI spells them --problem-status and so on.
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

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const ID_RE = /^[\w-]{1,64}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function checkId(name: string, value: string | null | undefined): Checked<string | null> {
  if (!value) return { ok: true, value: null };
  return ID_RE.test(value) ? { ok: true, value } : { ok: false, message: `${name} "${value}" is not an id` };
}

function checkList<T extends string>(name: string, value: string | null | undefined, allowed: readonly T[]): Checked<T[]> {
  const items = (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  const bad = items.filter((v) => !(allowed as readonly string[]).includes(v));
  if (bad.length) return { ok: false, message: `${name} has unknown values: ${bad.join(', ')} (allowed: ${allowed.join(', ')})` };
  return { ok: true, value: allowed.filter((a) => items.includes(a)) };
}

function checkDate(name: string, value: string | null | undefined): Checked<string | null> {
  if (!value) return { ok: true, value: null };
  const [y, m, d] = value.split('-').map(Number);
  // Date.UTC rolls 2026-11-31 over into December: a real day reads back the same
  const real = DATE_RE.test(value) && new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === value;
  return real ? { ok: true, value } : { ok: false, message: `${name} "${value}" is not a date (YYYY-MM-DD)` };
}

/** "west,south,east,north" in degrees with west < east and south < north. */
export function checkBbox(value: string | null | undefined): Checked<BBox | null> {
  if (!value) return { ok: true, value: null };
  const n = value.split(',').map(Number);
  const bad: Checked<BBox | null> = { ok: false, message: `bbox "${value}" is not west,south,east,north in degrees (west < east, south < north)` };
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) return bad;
  const [w, s, e, north] = n;
  if (w >= e || s >= north || Math.abs(w) > 180 || Math.abs(e) > 180 || Math.abs(s) > 90 || Math.abs(north) > 90) return bad;
  return { ok: true, value: [w, s, e, north] };
}

/** The filter's raw values under PROBLEM_FILTER_PARAMS' names (a query string's, or the CLI's). */
export type RawProblemFilter = Partial<Record<Exclude<keyof typeof PROBLEM_FILTER_PARAMS, 'overdue'>, string | null>> & { overdue?: boolean };

/** Checks a problem filter and names the first bad value. */
export function checkProblemFilter(raw: RawProblemFilter): Checked<ProblemFilter> {
  const k = PROBLEM_FILTER_PARAMS;
  const statuses = checkList(k.statuses, raw.statuses, Object.values(PROBLEM_STATUS));
  if (!statuses.ok) return statuses;
  const categories = checkList(k.categories, raw.categories, PROBLEM_CATEGORIES);
  if (!categories.ok) return categories;
  const from = checkDate(k.from, raw.from);
  if (!from.ok) return from;
  const to = checkDate(k.to, raw.to);
  if (!to.ok) return to;
  if (from.value && to.value && from.value > to.value) return { ok: false, message: `${k.from} ${from.value} is after ${k.to} ${to.value}` };
  const grid = checkId(k.grid, raw.grid);
  if (!grid.ok) return grid;
  const unit = checkId(k.unit, raw.unit);
  if (!unit.ok) return unit;
  return { ok: true, value: { statuses: statuses.value, categories: categories.value, from: from.value, to: to.value, grid: grid.value, unit: unit.value, overdue: raw.overdue ?? false } };
}

/** The filter as a query string carries it (URLSearchParams of the print page or /api/export). */
export function problemFilterFromQuery(get: (name: string) => string | null | undefined): Checked<ProblemFilter> {
  const k = PROBLEM_FILTER_PARAMS;
  const o = get(k.overdue);
  return checkProblemFilter({ statuses: get(k.statuses), categories: get(k.categories), from: get(k.from), to: get(k.to), grid: get(k.grid), unit: get(k.unit), overdue: o === '1' || o === 'true' });
}
