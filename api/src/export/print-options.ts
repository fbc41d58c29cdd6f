import {
  checkBbox,
  checkId,
  checkProblemFilter,
  checkWeek,
  FRAMES,
  KINDS,
  LANGS,
  ORIENTATIONS,
  OVERLAYS,
  PAPERS,
  problemFilterPairs,
  sheetSizeMm,
  type BBox,
  type Checked,
  type Frame,
  type Kind,
  type Orientation,
  type Overlay,
  type Paper,
  type PrintLang,
  type ProblemFilter,
} from '@wangge/geodata';

/**
 * What a meeting-map export asks for, checked in one place for the CLI (export-map) and the API
 * route (/api/export), and turned into the query string of the print page (web/print.html). The
 * sheet's words (papers, kinds, frames, the problem filter) are geodata's print-sheet.ts.
 */
export const FORMATS = ['png', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** PNG exports are 300 dots per inch of paper; CSS lays the sheet out at 96 px per inch. */
export const PRINT_DPI = 300;
export const CSS_DPI = 96;
const MAX_TITLE = 120;

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
  problemOwner?: string;
  problemOverdue?: boolean;
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
  if (community !== null && !checkId('community', community).ok) return { ok: false, message: `community "${community}" is not a community id` };
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
  const problemFilter = checkProblemFilter({
    statuses: raw.problemStatus,
    categories: raw.problemCategory,
    from: raw.problemFrom,
    to: raw.problemTo,
    grid: raw.problemGrid,
    unit: raw.problemUnit,
    owner: raw.problemOwner,
    overdue: raw.problemOverdue,
  });
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

const KIND_FILE_NAMES: Readonly<Record<PrintLang, Record<Kind, string>>> = {
  zh: { status: '报送情况', coverage: '网格覆盖', problems: '问题点位' },
  en: { status: 'report-status', coverage: 'coverage', problems: 'problems' },
};

/** A download name that says what the file is, e.g. 报送情况_2026-11-20_A3.pdf. */
export function exportFileName(req: PrintRequest): string {
  const scope = req.allCommunities ? '_all' : req.community ? `_${req.community}` : '';
  return `${KIND_FILE_NAMES[req.lang][req.kind]}_${req.week}${scope}_${req.paper}.${req.format}`;
}
