import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { sheetSizeMm } from '@wangge/geodata';
import { printT, PRINT_LOCALES } from './i18n/index.ts';
import { countyInSearch, setApiCounty } from '../api/county.ts';
import { loadPrintData, RoundNotFound } from './load-print-data.ts';
import { PrintDocument, type DrawnSheet, type PrintDocumentProps } from './print-document.tsx';
import type { MapTimings } from './print-map.ts';
import { parsePrintParams } from './print-params.ts';
import { postPreviewState, readPreviewTitle } from './preview-message.ts';
import { CommunityNotFound, GridNotFound, sheetModels } from './sheet-model.ts';
import '../theme/tokens.css';
import './print.css';

/**
 * The meeting-map sheet (web/print.html), rendered headless by the exporter. Contract with it:
 * body[data-ready="true"] once every map is idle and everything is drawn, body[data-error] with
 * a message when the parameters or the data are unusable, and window.__wanggePrint.project() to
 * find where a place lands on the page (the rendering test reads pixels there). In the export
 * dialog's preview (preview=1) only the first sheet is drawn, at screen resolution, and the dialog
 * sends the title as it is typed (preview-message.ts) so the map is not drawn again.
 */
declare global {
  interface Window {
    __wanggePrint?: {
      sheets: number;
      project: (sheet: number, points: [number, number][]) => [number, number][];
      /** the grid codes whose labels made it onto a sheet's map */
      labelledGrids: (sheet: number) => string[];
      /** where each sheet's drawing time went, in sheet order */
      timings: () => MapTimings[];
    };
  }
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

function fail(message: string) {
  document.body.dataset.error = message;
  const box = document.createElement('p');
  box.className = 'print-error';
  box.textContent = message;
  document.body.replaceChildren(box);
  postPreviewState('error');
}

async function nextFrames(n: number) {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

async function start() {
  const parsed = parsePrintParams(location.search);
  if (!parsed.ok) return fail(printT(parsed.lang)('error.params', { message: parsed.message }));
  const { params } = parsed;
  const t = printT(params.lang);
  document.documentElement.lang = PRINT_LOCALES[params.lang];
  const mm = sheetSizeMm(params.paper, params.orientation);
  const page = document.createElement('style');
  page.textContent = `@page { size: ${mm.width}mm ${mm.height}mm; margin: 0; }`;
  document.head.append(page);

  let data;
  let sheets;
  // the county whose map this is: the address names it when the deployment holds several
  setApiCounty(countyInSearch(window.location.search));
  try {
    data = await loadPrintData(params);
    sheets = sheetModels(data, params.community, params);
    if (params.preview) sheets = sheets.slice(0, 1);
  } catch (err) {
    if (err instanceof CommunityNotFound) return fail(t('error.community', { id: err.id }));
    if (err instanceof GridNotFound) return fail(t('error.grid', { id: err.id }));
    if (err instanceof RoundNotFound) return fail(t('error.round', { id: err.id }));
    return fail(t('error.load', { message: errorText(err) }));
  }
  document.title = params.title ?? data.config.county.name;

  const onReady = async (drawn: DrawnSheet[]) => {
    window.__wanggePrint = {
      sheets: drawn.length,
      project: (sheet, points) => {
        const rect = drawn[sheet].box.getBoundingClientRect();
        return points.map((p) => {
          const [x, y] = drawn[sheet].map.project(p);
          return [rect.left + window.scrollX + x, rect.top + window.scrollY + y];
        });
      },
      labelledGrids: (sheet) => drawn[sheet].map.labelledGrids,
      timings: () => drawn.map((d) => d.map.timings),
    };
    await document.fonts.ready;
    await nextFrames(2);
    document.body.dataset.ready = 'true';
    if (params.preview) postPreviewState('ready');
  };
  const onError = (err: unknown) => fail(t('error.load', { message: errorText(err) }));
  const props: PrintDocumentProps = { params, data, sheets, onReady: (m) => void onReady(m), onError };
  createRoot(document.getElementById('print-root')!).render(params.preview ? <Preview {...props} /> : <PrintDocument {...props} />);
}

/** The sheet with the title the dialog sends as it is typed (null: back to the default title). */
function Preview(props: PrintDocumentProps) {
  const [title, setTitle] = useState(props.params.title);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== location.origin) return;
      const next = readPreviewTitle(e.data);
      if (next !== undefined) setTitle(next);
    };
    window.addEventListener('message', onMessage);
    postPreviewState('listening');
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return <PrintDocument {...props} params={{ ...props.params, title }} />;
}

void start();
