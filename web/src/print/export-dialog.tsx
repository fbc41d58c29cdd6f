import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { requestError } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { activeFilterCount } from '../problems/problem-query.ts';
import { availableScopes, EMPTY_SCREEN, exportQuery, previewSrc, type ExportChoice, type ExportScope, type ScreenState } from './export-query.ts';
import { printT, type PrintLang } from './i18n/index.ts';
import { PrintPreview } from './print-preview.tsx';
import type { Orientation, Paper, PrintKind } from './print-params.ts';
import { defaultTitle } from './week-title.ts';
import './export-dialog.css';
import { withCounty } from '../api/county.ts';

export interface ExportDialogProps extends Partial<Omit<ScreenState, 'week'>> {
  /** the week on screen (YYYY-MM-DD, a Friday) */
  week: string;
  /** what the map shows; the user may change it in the dialog */
  kind?: PrintKind;
  lang?: PrintLang;
  /** the county's name, for the default title the field starts with */
  county?: string;
  /** false leaves the live preview out (it draws a map of its own) */
  preview?: boolean;
  onClose: () => void;
}

const PREVIEW_WIDTH = 420;
/** the dialog's padding and margins around the preview, so a phone shows it whole */
const PREVIEW_MARGIN = 72;

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
 * The Export dialog the main app mounts: content, extent (the screen's view, the whole town, the
 * selected grid or its community, a page per community), paper, orientation, title (starting as
 * the default one), PNG or PDF, beside a live preview of the sheet. It asks GET /api/export for the
 * file with what was on screen (selection, layers, problem filter), shows how long it has been
 * rendering, and downloads the result. Cancel (or closing) aborts the request.
 */
export function ExportDialog({ week, kind: initialKind = 'status', lang = 'zh', county = '', preview = true, onClose, ...shown }: ExportDialogProps) {
  const t = useMemo(() => printT(lang), [lang]);
  const screen: ScreenState = { ...EMPTY_SCREEN, ...shown, week };
  const [kind, setKind] = useState<PrintKind>(initialKind);
  const [paper, setPaper] = useState<Paper>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [format, setFormat] = useState<'png' | 'pdf'>('pdf');
  const [scope, setScope] = useState<ExportScope>(screen.view ? 'view' : 'town');
  // null until edited: the field shows the default title, which follows the content chosen
  const [edited, setEdited] = useState<string | null>(null);
  const fallbackTitle = county ? defaultTitle(t, kind, week, county) : '';
  const title = edited ?? fallbackTitle;
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

  const scopes = availableScopes(screen, format);
  const choice: ExportChoice = { kind, paper, orientation, format, scope: scopes.includes(scope) ? scope : 'town', title: title.trim() === fallbackTitle ? null : title, lang };

  const close = () => {
    abort.current?.abort();
    onClose();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const q = exportQuery(screen, choice);
    abort.current = new AbortController();
    setNow(Date.now());
    setPhase({ state: 'rendering', since: Date.now() });
    try {
      const res = await fetch(withCounty(`/api/export?${q}`), { signal: abort.current.signal });
      if (!res.ok) throw await requestError(res);
      const file = fileNameOf(res, `${week}.${format}`);
      download(await res.blob(), file);
      setPhase({ state: 'done', file });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      setPhase({ state: 'failed', message: errorMessage(err, lang) });
    }
  };

  const filters = activeFilterCount(screen.problemFilter);
  const showsProblems = kind === 'problems' || Boolean(screen.layers.problems);
  const busy = phase.state === 'rendering';
  return (
    <div className="export-backdrop" onClick={(e) => e.target === e.currentTarget && !busy && close()}>
      <form className="export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && close()}>
        <h2 id="export-title">{t('dialog.title')}</h2>
        <div className="export-columns">
          <div className="export-fields">
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
                <span>{t('dialog.frame')}</span>
                <select value={choice.scope} onChange={(e) => setScope(e.target.value as ExportScope)}>
                  {scopes.map((s) => (
                    <option key={s} value={s}>{t(`dialog.frame.${s}`)}</option>
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
                <textarea rows={2} value={title} maxLength={120} placeholder={t('dialog.titlePlaceholder')} onChange={(e) => setEdited(e.target.value)} />
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
            </fieldset>
            {(screen.selection || (showsProblems && filters > 0)) && (
              <ul className="export-carried">
                {screen.selection && <li>{t('dialog.selected', { code: screen.selection.code })}</li>}
                {showsProblems && filters > 0 && <li>{t('dialog.filtered', { count: filters })}</li>}
              </ul>
            )}
          </div>
          {preview && (
            <PrintPreview
              src={previewSrc(screen, choice)}
              title={title}
              paper={paper}
              orientation={orientation}
              width={Math.max(160, Math.min(PREVIEW_WIDTH, window.innerWidth - PREVIEW_MARGIN))}
              t={t}
              label={choice.scope === 'all' ? t('dialog.previewFirst') : t('dialog.preview')}
            />
          )}
        </div>
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
