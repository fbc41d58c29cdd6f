import { useState } from 'react';
import { CRS } from '@wangge/geodata';
import { useT } from '../../i18n/lang.ts';
import { useData } from '../../state/data.store.ts';
import { useEdit } from '../edit.store.ts';
import { download, EXPORT_FORMATS, exportGrids, type ExportFormat } from './export-grids.ts';

const LABELS: Readonly<Record<ExportFormat, string>> = { geojson: 'GeoJSON', kml: 'KML', shapefile: 'Shapefile' };

/** Export the grids as edited (codes, communities, units) as GeoJSON, KML or a zipped Shapefile, optionally in GCJ-02. */
export function ExportSection() {
  const t = useT();
  const [gcj, setGcj] = useState(false);
  const county = useData((s) => s.config?.county.name ?? '');
  const save = (format: ExportFormat) => {
    const grids = useEdit.getState().grids;
    download(exportGrids(grids, format, gcj ? CRS.gcj02 : CRS.wgs84, t('edit.export.fileName', { county })));
  };
  return (
    <section className="transfer" aria-labelledby="export-title">
      <h3 id="export-title" className="drawer-h3">
        {t('edit.export.title')}
      </h3>
      <div className="transfer-row">
        {(Object.values(EXPORT_FORMATS) as ExportFormat[]).map((f) => (
          <button key={f} type="button" className="button button-small" onClick={() => save(f)} aria-label={t('edit.export.as', { format: LABELS[f] })}>
            {LABELS[f]}
          </button>
        ))}
      </div>
      <label className="unit-pick">
        <input type="checkbox" checked={gcj} onChange={(e) => setGcj(e.target.checked)} />
        <span>{t('edit.export.gcj')}</span>
      </label>
      <p className="edit-hint muted">{t('edit.export.hint')}</p>
    </section>
  );
}
