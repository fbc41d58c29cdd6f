import {
  checkBbox,
  checkId,
  checkWeek,
  FRAMES,
  KINDS,
  ORIENTATIONS,
  PAPERS,
  problemFilterFromQuery,
  problemFilterPairs,
  type BBox,
  type Frame,
  type Kind,
  type Orientation,
  type Overlay,
  type Paper,
  type PrintLang,
  type ProblemFilter,
} from '@wangge/geodata';

/** The sheet's words are geodata's print-sheet.ts, shared with the export API and CLI. */
export type { Orientation, Paper };
export type PrintKind = Kind;
export type PrintOverlay = Overlay;
export type PrintFrame = Frame;

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

/** Reads the print page's query; a bad value is an error the page reports (data-error), never a guess. */
export function parsePrintParams(search: string): ParamsCheck {
  const q = new URLSearchParams(search);
  const lang = q.get('lang') === 'en' ? 'en' : 'zh';
  const fail = (message: string): ParamsCheck => ({ ok: false, message, lang });
  const kind = pick(q, 'kind', KINDS, 'status');
  const paper = pick(q, 'paper', Object.keys(PAPERS) as Paper[], 'A4');
  const orientation = pick(q, 'orientation', ORIENTATIONS, 'landscape');
  for (const v of [kind, paper, orientation]) if (typeof v === 'object') return fail(v.bad);
  const weekParam = q.get('week');
  let week: string | null = null;
  if (weekParam) {
    const w = checkWeek(weekParam);
    if (!w.ok) return fail(w.message);
    week = w.week;
  }
  const community = q.get('community') || null;
  if (community !== null && !checkId('community', community).ok) return fail(`community "${community}" is not a community id`);
  const layers = (q.get('layers') ?? '').split(',').filter(Boolean);
  const unknown = layers.filter((l) => l !== 'problems' && l !== 'zones');
  if (unknown.length) return fail(`layers has unknown values: ${unknown.join(', ')}`);
  const grid = q.get('grid') || null;
  if (grid !== null && !checkId('grid', grid).ok) return fail(`grid "${grid}" is not a grid id`);
  const frame = pick(q, 'frame', FRAMES, 'town');
  if (typeof frame === 'object') return fail(frame.bad);
  const box = checkBbox(q.get('bbox'));
  if (!box.ok) return fail(box.message);
  const bbox = box.value;
  if (frame === 'view' && !bbox) return fail('frame "view" needs bbox=west,south,east,north');
  if (frame === 'grid' && !grid) return fail('frame "grid" needs grid=<id>');
  const filter = problemFilterFromQuery((name) => q.get(name));
  if (!filter.ok) return fail(filter.message);
  const problemFilter = filter.value;
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
