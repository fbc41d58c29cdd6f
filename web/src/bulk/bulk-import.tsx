import { useState } from 'react';
import type { BulkKind, ImportPreview, ImportResult, PreviewRow } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import { useT } from '../i18n/lang.ts';
import { bulkApi } from './bulk-api.ts';
import { columnLabel, problemText, removalText, wasText } from './problem-text.ts';

const SHOWN = {
  units: ['id', 'name', 'contactName', 'contactPhone'],
  rosters: ['gridCode', 'role', 'name', 'phone', 'from', 'to'],
} as const;

/** errors first, then what changes, so a long file's problems are in sight without scrolling */
const ORDER: Record<PreviewRow['fate'], number> = { error: 0, changed: 1, new: 2, unchanged: 3 };
const inOrder = (rows: PreviewRow[]) => [...rows].sort((a, b) => ORDER[a.fate] - ORDER[b.fate] || a.line - b.line);

function Row({ kind, row }: { kind: BulkKind; row: PreviewRow }) {
  const t = useT();
  const was = wasText(row);
  const columns = SHOWN[kind].length + 2;
  return (
    <tbody className="bulk-row" data-fate={row.fate} data-line={row.line}>
      <tr>
        <td className="mono">{row.line}</td>
        <td>
          <span className={`badge bulk-fate bulk-fate-${row.fate}`}>{t(`bulk.fate.${row.fate}`)}</span>
        </td>
        {SHOWN[kind].map((k) => (
          <td key={k} className={row.problems.some((p) => p.field === k) ? 'bulk-cell-bad' : undefined}>
            {row.values[k]}
          </td>
        ))}
      </tr>
      {(row.problems.length > 0 || was) && (
        <tr className="bulk-reasons">
          <td />
          <td colSpan={columns - 1}>
            {row.problems.map((p, i) => (
              <div key={i} className="bulk-problem">
                {problemText(t, kind, p)}
              </div>
            ))}
            {was && <div className="muted">{t('bulk.was', { was })}</div>}
          </td>
        </tr>
      )}
    </tbody>
  );
}

/** Choose a file → every row's fate and problems → 确认导入 (only when no row has an error) → what was written. */
export function BulkImport({ kind, onApplied, onClose }: { kind: BulkKind; onApplied: () => void; onClose: () => void }) {
  const t = useT();
    const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState<'reading' | 'applying' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setResult(null);
    setError(null);
    if (!chosen) return;
    setBusy('reading');
    try {
      setPreview(await bulkApi.preview(kind, chosen));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    if (!file || !preview) return;
    setBusy('applying');
    setError(null);
    try {
      setResult(await bulkApi.apply(kind, file, preview.digest));
      setPreview(null);
      setFile(null);
      onApplied();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const changes = preview ? preview.counts.new + preview.counts.changed + preview.removals.length : 0;
  return (
    <section className="bulk-import" aria-label={t(`bulk.importTitle.${kind}`)}>
      <h3>{t(`bulk.importTitle.${kind}`)}</h3>
      <p className="drawer-note">{t(`bulk.hint.${kind}`)}</p>
      <label className="field">
        <span>{t('bulk.file')}</span>
        <input type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" disabled={busy !== null} onChange={(e) => {
            void choose(e.target.files?.[0] ?? null);
            // the same file, fixed and saved, can be chosen again (a browser sends no change for an unchanged choice)
            e.target.value = '';
          }}
        />
      </label>
      {busy === 'reading' && <p className="drawer-note">{t('bulk.reading')}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <p className="drawer-note bulk-done" role="status">
          {t('bulk.done', result.counts)}
        </p>
      )}
      {preview && (
        <>
          <p className="bulk-counts">
            {file && <span className="bulk-file-name">{t('bulk.fileName', { name: file.name })}</span>} {t('bulk.counts', preview.counts)}
          </p>
          {preview.counts.error > 0 ? (
            <p className="form-error" role="alert">
              {t('bulk.hasErrors', { count: preview.counts.error })}
            </p>
          ) : (
            <p className="drawer-note">{changes ? t('bulk.ready') : t('bulk.nothing')}</p>
          )}
          <div className="bulk-table-wrap">
            <table className="bulk-table" aria-label={t('bulk.tableLabel')}>
              <thead>
                <tr>
                  <th>{t('bulk.line')}</th>
                  <th>{t('bulk.fate')}</th>
                  {SHOWN[kind].map((k) => (
                    <th key={k}>{columnLabel(t, kind, k)}</th>
                  ))}
                </tr>
              </thead>
              {inOrder(preview.rows).map((r) => (
                <Row key={r.line} kind={kind} row={r} />
              ))}
            </table>
          </div>
          {preview.removals.length > 0 && (
            <div className="bulk-removals">
              <h4>{t('bulk.removals')}</h4>
              <ul>
                {preview.removals.map((r, i) => (
                  <li key={i}>{removalText(t, r)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={!preview || preview.counts.error > 0 || changes === 0 || busy !== null} onClick={() => void confirm()}>
          {busy === 'applying' ? t('bulk.applying') : t('bulk.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('bulk.close')}
        </button>
      </div>
    </section>
  );
}
