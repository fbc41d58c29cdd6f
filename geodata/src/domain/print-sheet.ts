/**
 * The words of a meeting-map sheet shared by the print page (web/print.html), the export API and
 * the export-map CLI: papers, kinds, orientations, languages, overlays and frames. The queries
 * that carry them are the contract's (contract/print-request.ts).
 */
export const PAPERS = { A4: { long: 297, short: 210 }, A3: { long: 420, short: 297 } } as const;
export type Paper = keyof typeof PAPERS;
/** `assessment`: a mock-assessment round's scores (the round named by the query's `round`). */
export const KINDS = ['status', 'coverage', 'problems', 'assessment'] as const;
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
