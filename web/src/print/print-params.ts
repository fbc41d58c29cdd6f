import {
  decodePrintPageQuery,
  encodePrintPageQuery,
  queryString,
  type Frame,
  type Kind,
  type Orientation,
  type Overlay,
  type Paper,
  type PrintLang,
  type PrintPageQuery,
} from '@wangge/geodata';

/** The page's query is the contract's (print-request.ts), shared with the export API and CLI. */
export type { Orientation, Paper };
export type PrintKind = Kind;
export type PrintOverlay = Overlay;
export type PrintFrame = Frame;
export type PrintParams = PrintPageQuery;

export type ParamsCheck = { ok: true; params: PrintParams } | { ok: false; message: string; lang: PrintLang };

/** Reads the print page's query; a bad value is an error the page reports (data-error), never a guess. */
export function parsePrintParams(search: string): ParamsCheck {
  const q = new URLSearchParams(search);
  const r = decodePrintPageQuery(q);
  // the error is told in the asked language when that at least is one the page speaks
  return r.ok ? { ok: true, params: r.value } : { ok: false, message: r.message, lang: q.get('lang') === 'en' ? 'en' : 'zh' };
}

/** The print page's query for these parameters (what parsePrintParams reads back), without the "?". */
export function serializePrintParams(p: PrintParams): string {
  return queryString(encodePrintPageQuery(p));
}
