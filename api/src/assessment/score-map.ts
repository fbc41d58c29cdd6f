import { decodeExportRequest } from '@wangge/geodata';
import type { MapRenderer } from '../bulletin/status-map.ts';
import { renderMap, RenderError } from '../export/render-map.ts';
import { HttpError } from '../http/errors.ts';

export interface ScoreMapAsk {
  roundId: string;
  /** the sheet names a week like every meeting map; a round's scores do not depend on it */
  week: string;
  /** this server's own address */
  origin: string;
  /** the asking user's session: a round's scores are read only by staff */
  session: string | undefined;
  county: string | undefined;
}

/** A round's score map as the meeting-map print page draws it (kind assessment, A4 landscape, in Chinese), as a PNG for its report. */
export async function scoreMapPng({ roundId, week, origin, session, county }: ScoreMapAsk, { queue, warm }: MapRenderer): Promise<Uint8Array> {
  const checked = decodeExportRequest({ week, kind: 'assessment', round: roundId, paper: 'A4', orientation: 'landscape', format: 'png', lang: 'zh' });
  if (!checked.ok) throw new Error(checked.message);
  return queue.run(() =>
    warm.use((browser) => renderMap(checked.value, { baseUrl: origin, browser, session, county })).catch((err: unknown) => {
      if (err instanceof RenderError) throw new HttpError(502, 'render_failed', `the score map could not be rendered: ${err.message}`);
      throw err;
    }),
  );
}
