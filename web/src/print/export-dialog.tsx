import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { printT, type PrintLang } from './i18n/index.ts';
import type { Orientation, Paper, PrintKind, PrintOverlay } from './print-params.ts';
import './export-dialog.css';

export interface ExportDialogProps {
  /** the week on screen (YYYY-MM-DD, a Friday) */
  week: string;
  /** what the map shows; the user may change it in the dialog */
  kind?: PrintKind;
  /** the app's layer toggles, so the export shows what was on screen */
  layers?: Partial<Record<PrintOverlay, boolean>>;
  lang?: PrintLang;
  onClose: () => void;
}

type Phase = { state: 'idle' } | { state: 'rendering'; since: number } | { state: 'done'; file: string } | { state: 'failed'; message: string };

function fileNameOf(res: Response, fallback: string): string {
  const header = res.headers.get('content-disposition') ?? '';
  const m = /filename\*=UTF-8''([^;]+)/i.exec(header);
  return m ? decodeURIComponent(m[1]) : fallback;
}

function download(blob: Blob, file: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The Export dialog the main app mounts: paper, orientation, title, PNG or PDF; it asks
 * GET /api/export for the file, shows how long it has been rendering, and downloads the result.
 * Cancel (or closing) aborts the request.
 */
export function ExportDialog({ week, kind: initialKind = 'status', layers = {}, lang = 'zh', onClose }: ExportDialogProps) {
  const t = useMemo(() => printT(lang), [lang]);
  const [kind, setKind] = useState<PrintKind>(initialKind);
  const [paper, setPaper] = useState<Paper>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [format, setFormat] = useState<'png' | 'pdf'>('pdf');
  const [allCommunities, setAllCommunities] = useState(false);
  const [title, setTitle] = useState('');
  const [phase, setPhase] = useState<Phase>({ state: 'idle' });
  const [now, setNow] = useState(() => Date.now());
  const abort = useRef<AbortController | null>(null);
  const first = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    first.current?.focus();
    return () => abort.current?.abort();
  }, []);
  useEffect(() => {
    if (phase.state !== 'rendering') return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [phase.state]);

  const close = () => {
    abort.current?.abort();
    onClose();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const overlays = (Object.keys(layers) as PrintOverlay[]).filter((l) => layers[l] && !(l === 'problems' && kind === 'problems'));
    const q = new URLSearchParams({ week, kind, paper, orientation, format, lang });
    if (title.trim()) q.set('title', title.trim());
    if (overlays.length) q.set('layers', overlays.join(','));
    if (format === 'pdf' && allCommunities) q.set('allCommunities', '1');
    abort.current = new AbortController();
    setNow(Date.now());
    setPhase({ state: 'rendering', since: Date.now() });
    try {
      const res = await fetch(`/api/export?${q}`, { signal: abort.current.signal });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `${res.status} ${res.statusText}`);
      }
      const file = fileNameOf(res, `${week}.${format}`);
      download(await res.blob(), file);
      setPhase({ state: 'done', file });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      setPhase({ state: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const busy = phase.state === 'rendering';
  return (
    <div className="export-backdrop" onClick={(e) => e.target === e.currentTarget && !busy && close()}>
      <form className="export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && close()}>
        <h2 id="export-title">{t('dialog.title')}</h2>
        <fieldset disabled={busy}>
          <label>
            <span>{t('dialog.kind')}</span>
            <select ref={first} value={kind} onChange={(e) => setKind(e.target.value as PrintKind)}>
              {(['status', 'coverage', 'problems'] as const).map((k) => (
                <option key={k} value={k}>{t(`dialog.kind.${k}`)}</option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('dialog.paper')}</span>
            <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
              <option value="A4">A4 (297 × 210 mm)</option>
              <option value="A3">A3 (420 × 297 mm)</option>
            </select>
          </label>
          <div className="export-row" role="radiogroup" aria-label={t('dialog.orientation')}>
            <span>{t('dialog.orientation')}</span>
            {(['landscape', 'portrait'] as const).map((o) => (
              <label key={o} className="export-choice">
                <input type="radio" name="orientation" value={o} checked={orientation === o} onChange={() => setOrientation(o)} />
                {t(`dialog.${o}`)}
              </label>
            ))}
          </div>
          <label>
            <span>{t('dialog.titleField')}</span>
            <input type="text" value={title} maxLength={120} placeholder={t('dialog.titlePlaceholder')} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <div className="export-row" role="radiogroup" aria-label={t('dialog.format')}>
            <span>{t('dialog.format')}</span>
            {(['pdf', 'png'] as const).map((f) => (
              <label key={f} className="export-choice">
                <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
                {t(`dialog.${f}`)}
              </label>
            ))}
          </div>
          <label className="export-choice">
            <input type="checkbox" checked={allCommunities && format === 'pdf'} disabled={format !== 'pdf'} onChange={(e) => setAllCommunities(e.target.checked)} />
            {t('dialog.allCommunities')}
          </label>
        </fieldset>
        <div className="export-status" aria-live="polite">
          {phase.state === 'rendering' && (
            <>
              <progress aria-label={t('dialog.rendering', { format: format.toUpperCase() })} />
              <span>
                {t('dialog.rendering', { format: format.toUpperCase() })} {t('dialog.elapsed', { seconds: Math.max(0, Math.round((now - phase.since) / 1000)) })}
              </span>
            </>
          )}
          {phase.state === 'done' && <span className="export-done">{t('dialog.done', { file: phase.file })}</span>}
          {phase.state === 'failed' && <span className="export-failed" role="alert">{t('dialog.failed', { message: phase.message })}</span>}
        </div>
        <div className="export-actions">
          <button type="button" onClick={close}>{phase.state === 'done' ? t('dialog.close') : t('dialog.cancel')}</button>
          <button type="submit" className="primary" disabled={busy}>{t('dialog.export')}</button>
        </div>
      </form>
    </div>
  );
}
