import { decodeExportRequest } from '@wangge/geodata';
import { renderMap, RenderError } from '../export/render-map.ts';
import type { RenderQueue } from '../export/render-queue.ts';
import type { WarmBrowser } from '../export/warm-browser.ts';
import { HttpError } from '../http/errors.ts';

export interface MapRenderer {
  queue: RenderQueue;
  warm: WarmBrowser;
}

/**
 * The week's status map as the meeting-map export draws it (the same print page, A4 landscape,
 * in Chinese), as a PNG for the 通报. `origin` is this server's own address.
 */
export async function statusMapPng(week: string, origin: string, { queue, warm }: MapRenderer): Promise<Uint8Array> {
  const checked = decodeExportRequest({ week, kind: 'status', paper: 'A4', orientation: 'landscape', format: 'png', lang: 'zh' });
  if (!checked.ok) throw new Error(checked.message);
  return queue.run(() =>
    warm.use((browser) => renderMap(checked.value, { baseUrl: origin, browser })).catch((err: unknown) => {
      if (err instanceof RenderError) throw new HttpError(502, 'render_failed', `the status map could not be rendered: ${err.message}`);
      throw err;
    }),
  );
}
