import { useState, type ChangeEvent } from 'react';
import { CRS, type PolygonFeatures } from '@wangge/geodata';
import { useT } from '../../i18n/lang.ts';
import type { MessageKey } from '../../i18n/zh.ts';
import { useData } from '../../state/data.store.ts';
import { applyPreview } from '../edit-actions.ts';
import { useEdit } from '../edit.store.ts';
import { IMPORT_MODES, planImport, type ImportMode } from './import-grids.ts';
import { IMPORT_MAX_BYTES, readImport, type CrsChoice, type ImportErrorCode } from './read-import.ts';
import { weldToStored } from './weld-to-stored.ts';

const CHOICES: readonly CrsChoice[] = ['auto', CRS.wgs84, CRS.gcj02, CRS.bd09];
const ACCEPT = '.geojson,.json,.kml,.kmz,.zip,.shp';

/**
 * Import grids from a file: read and converted to WGS84 in the browser, previewed as the grids it
 * would give (map, coverage numbers, what is updated, created and retired) either replacing the
 * stored grids or merged with them, then applied as one change to save like any other.
 */
export function ImportSection() {
  const t = useT();
  const [choice, setChoice] = useState<CrsChoice>('auto');
  const [error, setError] = useState<{ code: ImportErrorCode; message: string } | null>(null);
  const [reading, setReading] = useState(false);
  const preview = useEdit((s) => (s.preview?.action === 'import' ? s.preview : null));

  const [loaded, setLoaded] = useState<{ fc: PolygonFeatures; file: string } | null>(null);
  const [mode, setMode] = useState<ImportMode>('replace');

  /** Previews the file's grids as replacing or merged with the stored ones. */
  const show = (fc: PolygonFeatures, file: string, how: ImportMode) => {
    const communities = useData.getState().communities;
    const edit = useEdit.getState();
    if (!communities) return;
    const plan = planImport(fc, edit.grids, communities, (community) => t('edit.drawnName', { community }), how);
    const summary = [
      file,
      t('edit.import.plan', { updated: plan.updated, created: plan.created, retired: plan.retired }),
      plan.unchanged > 0 ? t('edit.import.unchanged', { count: plan.unchanged }) : '',
      plan.unplaced > 0 ? t('edit.import.unplaced', { count: plan.unplaced }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    edit.setPreview({ action: 'import', change: plan.change, summary });
  };

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file || !useData.getState().communities) return;
    setError(null);
    if (file.size > IMPORT_MAX_BYTES) return setError({ code: 'too-large', message: `${file.name} · ${(file.size / 1048576).toFixed(1)} MB > ${IMPORT_MAX_BYTES / 1048576} MB` });
    setReading(true);
    try {
      const edit = useEdit.getState();
      const read = readImport(file.name, new Uint8Array(await file.arrayBuffer()), choice, edit.grids);
      if (!read.ok) return setError({ code: read.code, message: read.message });
      const how = read.detected
        ? t('edit.import.detected', { crs: t(`edit.crs.${read.crs}`), metres: read.detected.medianM.toFixed(1) })
        : t(`edit.crs.${read.crs}`);
      const next = { fc: weldToStored(read.fc, edit.grids), file: t('edit.import.file', { name: file.name, format: read.format, crs: how }) };
      setLoaded(next);
      setMode('replace');
      show(next.fc, next.file, 'replace');
    } finally {
      setReading(false);
    }
  };

  const switchMode = (how: ImportMode) => {
    setMode(how);
    if (loaded) show(loaded.fc, loaded.file, how);
  };

  return (
    <section className="transfer" aria-labelledby="import-title">
      <h3 id="import-title" className="drawer-h3">
        {t('edit.import.title')}
      </h3>
      <div className="transfer-row">
        <label className="field field-inline">
          <span>{t('edit.crs.label')}</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value as CrsChoice)}>
            {CHOICES.map((c) => (
              <option key={c} value={c}>
                {t(`edit.crs.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={reading || preview ? 'button button-small disabled' : 'button button-small'}>
          {reading ? t('edit.import.reading') : t('edit.import.choose')}
          <input type="file" accept={ACCEPT} className="visually-hidden" disabled={reading || preview !== null} onChange={(e) => void pick(e)} />
        </label>
      </div>
      <p className="edit-hint muted">{t('edit.import.hint', { mb: IMPORT_MAX_BYTES / 1024 / 1024 })}</p>
      {error && (
        <div className="save-note bad" role="alert">
          <p>{t(`edit.import.error.${error.code}` as MessageKey)}</p>
          <p className="save-detail">{error.message}</p>
        </div>
      )}
      {preview && (
        <div className="import-preview" role="group" aria-label={t('edit.import.preview')}>
          <fieldset className="import-mode">
            <legend>{t('edit.import.mode')}</legend>
            {IMPORT_MODES.map((m) => (
              <label key={m}>
                <input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => switchMode(m)} />
                {t(`edit.import.mode.${m}`)}
              </label>
            ))}
          </fieldset>
          <p>{preview.summary}</p>
          <p className="muted">{t('edit.import.check')}</p>
          <div className="save-actions">
            <button type="button" className="button button-primary button-small" onClick={applyPreview}>
              {t(mode === 'merge' ? 'edit.import.applyMerge' : 'edit.import.apply')}
            </button>
            <button type="button" className="button button-small" onClick={() => useEdit.getState().setPreview(null)}>
              {t('edit.fix.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
