import { encodePrintPageQuery, printPageFor, sheetSizeMm, type ExportRequest, type Kind, type Orientation, type Paper, type PrintLang } from '@wangge/geodata';

/**
 * What the renderer needs beyond the contract's export request (geodata/src/contract/print-request.ts,
 * which the API route and the export-map CLI both decode with): the sheet in pixels, the print
 * page's address and the download's name.
 */
export type PrintRequest = ExportRequest;

/** PNG exports are 300 dots per inch of paper; CSS lays the sheet out at 96 px per inch. */
export const PRINT_DPI = 300;
export const CSS_DPI = 96;

/** The sheet in CSS pixels, rounded up so the whole paper is inside the viewport. */
export function sheetSizePx(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const mm = sheetSizeMm(paper, orientation);
  const px = (v: number) => Math.ceil((v / 25.4) * CSS_DPI);
  return { width: px(mm.width), height: px(mm.height) };
}

/** The print page's query; `mapPixelRatio` makes the map's raster 300 dpi where the device scale does not (PDF). */
export function printPageQuery(req: PrintRequest, mapPixelRatio?: number): string {
  return encodePrintPageQuery(printPageFor(req, mapPixelRatio ?? null)).toString();
}

const KIND_FILE_NAMES: Readonly<Record<PrintLang, Record<Kind, string>>> = {
  zh: { status: '报送情况', coverage: '网格覆盖', problems: '问题点位', assessment: '模拟测评得分' },
  en: { status: 'report-status', coverage: 'coverage', problems: 'problems', assessment: 'assessment-scores' },
};

/** A download name that says what the file is, e.g. 报送情况_2026-11-20_A3.pdf. */
export function exportFileName(req: PrintRequest): string {
  const scope = req.allCommunities ? '_all' : req.community ? `_${req.community}` : '';
  return `${KIND_FILE_NAMES[req.lang][req.kind]}_${req.week}${scope}_${req.paper}.${req.format}`;
}
