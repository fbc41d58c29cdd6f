import { useEffect, useRef, useState } from 'react';
import { sheetSizeMm } from '@wangge/geodata';
import type { PrintT } from './i18n/index.ts';
import { previewTitleMessage, readPreviewState, type PreviewState } from './preview-message.ts';
import type { Orientation, Paper } from './print-params.ts';

/** CSS lays the sheet out at 96 px per inch, as the exporter's viewport does. */
const PX_PER_MM = 96 / 25.4;
/** Settings are often clicked through quickly: the sheet is drawn again once they rest. */
const RELOAD_DELAY_MS = 350;

export interface PrintPreviewProps {
  /** the print page's address for the current choice (without the title) */
  src: string;
  title: string;
  paper: Paper;
  orientation: Orientation;
  /** the preview's width in CSS pixels; the sheet is scaled to it */
  width: number;
  t: PrintT;
  label: string;
}

/**
 * The print sheet itself (print.html?preview=1 in a frame) scaled down into the dialog, so paper,
 * orientation, content and frame show as they will print. The title goes by message as it is typed.
 */
export function PrintPreview({ src, title, paper, orientation, width, t, label }: PrintPreviewProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [shown, setShown] = useState(src);
  const [state, setState] = useState<PreviewState | 'loading'>('loading');
  const titleRef = useRef(title);
  titleRef.current = title;

  useEffect(() => {
    if (src === shown) return;
    const timer = setTimeout(() => {
      setState('loading');
      setShown(src);
    }, RELOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, [src, shown]);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== location.origin || e.source !== frame.current?.contentWindow) return;
      const next = readPreviewState(e.data);
      if (next === undefined) return;
      if (next === 'listening') e.source?.postMessage(previewTitleMessage(titleRef.current), { targetOrigin: location.origin });
      else setState(next);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    frame.current?.contentWindow?.postMessage(previewTitleMessage(title), location.origin);
  }, [title]);

  const mm = sheetSizeMm(paper, orientation);
  const sheet = { width: Math.ceil(mm.width * PX_PER_MM), height: Math.ceil(mm.height * PX_PER_MM) };
  const scale = width / sheet.width;
  return (
    <figure className="print-preview" aria-label={label} aria-busy={state === 'loading'} data-state={state}>
      <div className="print-preview-paper" style={{ width, height: Math.round(sheet.height * scale) }}>
        <iframe ref={frame} src={shown} title={label} tabIndex={-1} style={{ width: sheet.width, height: sheet.height, transform: `scale(${scale})` }} />
        {state === 'loading' && <span className="print-preview-loading">{t('dialog.previewLoading')}</span>}
      </div>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
