import { FRAMES, KINDS, LANGS, ORIENTATIONS, OVERLAYS, PAPERS, type Frame, type Kind, type Orientation, type Overlay, type Paper, type PrintLang } from '../domain/print-sheet.ts';
import type { BBox } from '../geometry/bbox.ts';
import { decodeBbox, decodeFlag, decodeId, decodeOneOf, decodeWeek, encodeBbox, fail, ok, reader, type Decoded, type Get, type QueryInput } from './decoded.ts';
import { decodeProblemFilter, encodeProblemFilter, PRINT_PROBLEM_FILTER_KEYS, type ProblemFilter } from './problem-filter.ts';

/**
 * A meeting-map sheet asked for twice over the wire: the print page's query (print.html, which
 * draws it) and GET /api/export's (which renders that page headless and answers the file; the
 * export-map CLI reads the same names from argv). Both carry the sheet's fields under one set of
 * names, read and written here once.
 */
export interface PrintSheet {
  kind: Kind;
  paper: Paper;
  orientation: Orientation;
  /** null: the page's default title for the kind and week */
  title: string | null;
  lang: PrintLang;
  /** drawn over the map whatever its kind: problem pins, 专项责任区 outlines */
  overlays: Overlay[];
  /** the grid selected on screen: outlined on the map and named in the legend */
  grid: string | null;
  frame: Frame;
  /** [west, south, east, north] of the screen's map; only with frame 'view' */
  bbox: BBox | null;
  /** which pins the map and the problem tables show */
  problemFilter: ProblemFilter;
  /** the mock-assessment round whose scores the sheet draws: required with kind 'assessment', null with any other */
  round: string | null;
}

/** print.html's query. */
export interface PrintPageQuery extends PrintSheet {
  /** null: the server's current week */
  week: string | null;
  /** null: the whole county on one sheet; 'all': one sheet per gridded community; else one community's id */
  community: string | null;
  /** the map canvas's device pixels per CSS pixel; null: the browser's (PNG exports set the device scale) */
  pixelRatio: number | null;
  /** inside the export dialog: the first sheet only, at screen resolution, its title replaced live */
  preview: boolean;
}

export const EXPORT_FORMATS = ['png', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** GET /api/export's query (and the export-map CLI's options). */
export interface ExportRequest extends PrintSheet {
  week: string;
  format: ExportFormat;
  /** one community's sheet; null: the whole county */
  community: string | null;
  /** one sheet per gridded community, as pages of one PDF */
  allCommunities: boolean;
}

export const MAX_TITLE = 120;
const PIXEL_RATIO = { min: 1, max: 6 } as const;

function encodeSheet(s: PrintSheet, q: URLSearchParams): void {
  if (s.overlays.length) q.set('layers', s.overlays.join(','));
  if (s.grid) q.set('grid', s.grid);
  if (s.frame !== 'town') q.set('frame', s.frame);
  if (s.bbox) q.set('bbox', encodeBbox(s.bbox));
  encodeProblemFilter(s.problemFilter, PRINT_PROBLEM_FILTER_KEYS, q);
  if (s.round) q.set('round', s.round);
}

/**
 * The sheet's fields, each checked. `pagePerCommunity`: the export is one page per community, each
 * framed on its community, so another frame is refused (the print page then ignores the frame).
 */
function decodeSheet(get: Get, input: QueryInput, pagePerCommunity: boolean): Decoded<PrintSheet> {
  const kind = decodeOneOf('kind', get('kind'), KINDS, 'status');
  if (!kind.ok) return kind;
  const paper = decodeOneOf('paper', get('paper'), Object.keys(PAPERS) as Paper[], 'A4');
  if (!paper.ok) return fail(`${paper.message} (paper sizes: A4 297×210 mm, A3 420×297 mm)`);
  const orientation = decodeOneOf('orientation', get('orientation'), ORIENTATIONS, 'landscape');
  if (!orientation.ok) return orientation;
  const lang = decodeOneOf('lang', get('lang'), LANGS, 'zh');
  if (!lang.ok) return lang;
  const title = get('title')?.trim() || null;
  if (title !== null && title.length > MAX_TITLE) return fail(`title is longer than ${MAX_TITLE} characters`);
  const named = (get('layers') ?? '').split(',').map((l) => l.trim()).filter(Boolean);
  const unknown = named.filter((l) => !(OVERLAYS as readonly string[]).includes(l));
  if (unknown.length) return fail(`layers has unknown values: ${unknown.join(', ')} (allowed: ${OVERLAYS.join(', ')})`);
  const grid = decodeId('grid', get('grid'));
  if (!grid.ok) return grid;
  const frame = decodeOneOf('frame', get('frame'), FRAMES, 'town');
  if (!frame.ok) return frame;
  const bbox = decodeBbox(get('bbox'));
  if (!bbox.ok) return bbox;
  if (frame.value === 'view' && !bbox.value) return fail('frame "view" needs bbox=west,south,east,north');
  if (frame.value === 'grid' && !grid.value) return fail('frame "grid" needs the selected grid (grid=<id>)');
  if (frame.value !== 'town' && pagePerCommunity) return fail(`all communities frame each page on its community: frame "${frame.value}" needs a single sheet`);
  const problemFilter = decodeProblemFilter(input, PRINT_PROBLEM_FILTER_KEYS);
  if (!problemFilter.ok) return problemFilter;
  const round = decodeId('round', get('round'));
  if (!round.ok) return round;
  if (kind.value === 'assessment' && !round.value) return fail('kind "assessment" needs the round whose scores it draws (round=<round id>)');
  return ok({
    kind: kind.value,
    paper: paper.value,
    orientation: orientation.value,
    title,
    lang: lang.value,
    overlays: OVERLAYS.filter((o) => named.includes(o)),
    grid: grid.value,
    frame: frame.value,
    // a box only frames a view: kept with another frame it would say something the sheet does not show
    bbox: frame.value === 'view' ? bbox.value : null,
    problemFilter: problemFilter.value,
    // a round only has scores to draw on an assessment sheet
    round: kind.value === 'assessment' ? round.value : null,
  });
}

function decodeCommunity(get: Get): Decoded<string | null> {
  const community = get('community') ?? null;
  return community !== null && !decodeId('community', community).ok ? fail(`community "${community}" is not a community id`) : ok(community);
}

export function encodePrintPageQuery(p: PrintPageQuery): URLSearchParams {
  const q = new URLSearchParams();
  if (p.week) q.set('week', p.week);
  q.set('kind', p.kind);
  q.set('paper', p.paper);
  q.set('orientation', p.orientation);
  q.set('lang', p.lang);
  if (p.title) q.set('title', p.title);
  if (p.community) q.set('community', p.community);
  encodeSheet(p, q);
  if (p.pixelRatio !== null) q.set('dpr', String(p.pixelRatio));
  if (p.preview) q.set('preview', '1');
  return q;
}

export function decodePrintPageQuery(input: QueryInput): Decoded<PrintPageQuery> {
  const get = reader(input);
  const week = decodeWeek(get('week'), false);
  if (!week.ok) return week;
  const community = decodeCommunity(get);
  if (!community.ok) return community;
  const sheet = decodeSheet(get, input, false);
  if (!sheet.ok) return sheet;
  const dpr = get('dpr');
  const pixelRatio = dpr === undefined ? null : Number(dpr);
  if (pixelRatio !== null && !(pixelRatio >= PIXEL_RATIO.min && pixelRatio <= PIXEL_RATIO.max)) return fail(`dpr "${dpr}" must be a number from ${PIXEL_RATIO.min} to ${PIXEL_RATIO.max}`);
  return ok({ ...sheet.value, week: week.value, community: community.value, pixelRatio, preview: decodeFlag(get('preview')) });
}

export function encodeExportRequest(r: ExportRequest): URLSearchParams {
  const q = new URLSearchParams({ week: r.week, kind: r.kind, paper: r.paper, orientation: r.orientation, format: r.format, lang: r.lang });
  if (r.title) q.set('title', r.title);
  if (r.allCommunities) q.set('allCommunities', '1');
  else if (r.community) q.set('community', r.community);
  encodeSheet(r, q);
  return q;
}

/** Checks every field and names the first bad one; `defaults.format` stands in for a missing format (the CLI takes it from the file name). */
export function decodeExportRequest(input: QueryInput, defaults: { format?: ExportFormat } = {}): Decoded<ExportRequest> {
  const get = reader(input);
  const week = decodeWeek(get('week'), true);
  if (!week.ok) return week;
  const format = decodeOneOf('format', get('format'), EXPORT_FORMATS, defaults.format ?? null);
  if (!format.ok) return format;
  const community = decodeCommunity(get);
  if (!community.ok) return community;
  const allCommunities = decodeFlag(get('allCommunities'));
  if (allCommunities && format.value === 'png') return fail('all communities make one page each: that needs --format pdf (a PNG is one sheet)');
  if (allCommunities && community.value !== null) return fail('choose either one community or all communities');
  const sheet = decodeSheet(get, input, allCommunities);
  if (!sheet.ok) return sheet;
  return ok({ ...sheet.value, week: week.value, format: format.value, community: community.value, allCommunities });
}

/** The sheet's own fields of a page or an export, without what only one of them carries. */
function sheetOf(s: PrintSheet): PrintSheet {
  const { kind, paper, orientation, title, lang, overlays, grid, frame, bbox, problemFilter, round } = s;
  return { kind, paper, orientation, title, lang, overlays, grid, frame, bbox, problemFilter, round };
}

/** The print page that draws an export: `pixelRatio` makes the map's raster 300 dpi where the device scale does not (PDF). */
export function printPageFor(r: ExportRequest, pixelRatio: number | null = null): PrintPageQuery {
  return { ...sheetOf(r), week: r.week, community: r.allCommunities ? 'all' : r.community, pixelRatio, preview: false };
}

/** The export of what a print page shows, as a file of `format`. */
export function exportRequestFor(p: PrintPageQuery & { week: string }, format: ExportFormat): ExportRequest {
  return { ...sheetOf(p), week: p.week, format, community: p.community === 'all' ? null : p.community, allCommunities: p.community === 'all' };
}
