import { decodeExportRequest } from '@wangge/geodata';
import { HttpError } from '../http/errors.ts';
import { renderMap, RenderError } from './render-map.ts';
import type { RenderQueue } from './render-queue.ts';
import type { WarmBrowser } from './warm-browser.ts';

/** The renderer a document with a map takes turns on: the export's queue and warm browser. */
export interface MapRenderer {
  queue: RenderQueue;
  warm: WarmBrowser;
}

export interface SheetAsk {
  /** this server's own address */
  origin: string;
  /** the asking user's session, for a sheet whose data only staff read */
  session?: string;
  county?: string;
}

/**
 * One meeting-map sheet (A4 landscape, in Chinese) as a PNG for a document: `fields` are the
 * export's query fields (kind, week, …), `what` names the map in a render failure (502).
 */
export async function sheetPng(fields: Record<string, string>, what: string, { origin, session, county }: SheetAsk, { queue, warm }: MapRenderer): Promise<Uint8Array> {
  const checked = decodeExportRequest({ ...fields, paper: 'A4', orientation: 'landscape', format: 'png', lang: 'zh' });
  if (!checked.ok) throw new Error(checked.message);
  return queue.run(() =>
    warm.use((browser) => renderMap(checked.value, { baseUrl: origin, browser, session, county })).catch((err: unknown) => {
      if (err instanceof RenderError) throw new HttpError(502, 'render_failed', `the ${what} could not be rendered: ${err.message}`);
      throw err;
    }),
  );
}
