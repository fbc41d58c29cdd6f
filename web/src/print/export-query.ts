import { encodeExportRequest, exportRequestFor, type BBox, type ExportFormat } from '@wangge/geodata';
import { NO_FILTER, type ProblemFilter } from '../problems/problem-query.ts';
import type { PrintLang } from './i18n/index.ts';
import { serializePrintParams, type Orientation, type Paper, type PrintFrame, type PrintKind, type PrintOverlay, type PrintParams } from './print-params.ts';

/** What the dialog frames the map on: a frame of one sheet, the selection's community, or a page per community. */
export const EXPORT_SCOPES = ['view', 'town', 'grid', 'community', 'all'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

/** What was on screen when the dialog opened. */
export interface ScreenState {
  week: string;
  /** the app's layer toggles */
  layers: Partial<Record<PrintOverlay, boolean>>;
  /** the selected grid and its community */
  selection: { grid: string; code: string; community: string | null } | null;
  /** the map's view, [west, south, east, north] */
  view: BBox | null;
  problemFilter: ProblemFilter;
}

/** What the dialog's fields say. */
export interface ExportChoice {
  kind: PrintKind;
  paper: Paper;
  orientation: Orientation;
  format: ExportFormat;
  scope: ExportScope;
  /** null: the default title */
  title: string | null;
  lang: PrintLang;
}

export const EMPTY_SCREEN: Omit<ScreenState, 'week'> = { layers: {}, selection: null, view: null, problemFilter: NO_FILTER };

/** The scopes this screen offers: the grid ones need a selection, the view one a map view, a page per community a PDF. */
export function availableScopes(screen: ScreenState, format: ExportFormat): ExportScope[] {
  return EXPORT_SCOPES.filter((s) => {
    if (s === 'view') return screen.view !== null;
    if (s === 'grid') return screen.selection !== null;
    if (s === 'community') return screen.selection?.community != null;
    if (s === 'all') return format === 'pdf';
    return true;
  });
}

function overlaysOf(screen: ScreenState, kind: PrintKind): PrintOverlay[] {
  // the problems kind draws every pin already; the overlay would draw them twice
  return (['problems', 'zones'] as const).filter((o) => screen.layers[o] && !(o === 'problems' && kind === 'problems'));
}

function frameOf(scope: ExportScope): PrintFrame {
  return scope === 'view' ? 'view' : scope === 'grid' ? 'grid' : 'town';
}

/** The print page's parameters for a choice (the preview draws them; the export's query says the same). */
export function printParamsFor(screen: ScreenState, choice: ExportChoice, preview: boolean): PrintParams {
  const frame = frameOf(choice.scope);
  return {
    week: screen.week,
    kind: choice.kind,
    paper: choice.paper,
    orientation: choice.orientation,
    title: choice.title?.trim() || null,
    lang: choice.lang,
    community: choice.scope === 'all' ? 'all' : choice.scope === 'community' ? (screen.selection?.community ?? null) : null,
    pixelRatio: preview ? 1 : null,
    overlays: overlaysOf(screen, choice.kind),
    grid: screen.selection?.grid ?? null,
    frame,
    bbox: frame === 'view' ? screen.view : null,
    problemFilter: screen.problemFilter,
    // the dialog exports the week's maps; a round's score map is printed with its report
    round: null,
    preview,
  };
}

/** The preview's address: print.html at screen resolution, without the title (sent by message as it is typed). */
export function previewSrc(screen: ScreenState, choice: ExportChoice): string {
  return `/print.html?${serializePrintParams(printParamsFor(screen, { ...choice, title: null }, true))}`;
}

/** GET /api/export's query for a choice: what the print page would show, as a file of the chosen format. */
export function exportQuery(screen: ScreenState, choice: ExportChoice): URLSearchParams {
  return encodeExportRequest(exportRequestFor({ ...printParamsFor(screen, choice, false), week: screen.week }, choice.format));
}
