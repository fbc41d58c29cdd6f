import { useT } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { exportUrl, type PlaceFilters } from './place-filters.ts';

const EXPORTS: readonly { path: '/api/overdue' | '/api/status-table'; label: MessageKey }[] = [
  { path: '/api/overdue', label: 'download.overdue' },
  { path: '/api/status-table', label: 'download.statusTable' },
];
const FORMATS = [
  { format: 'csv', label: 'download.csv' },
  { format: 'xlsx', label: 'download.xlsx' },
] as const;

/** Plain links to the API's CSV and Excel exports, carrying the filters shown on screen. */
export function ExportLinks({ week, filters }: { week: string; filters: PlaceFilters }) {
  const t = useT();
  return (
    <div className="export-links">
      {EXPORTS.map((e) => (
        <div key={e.path} className="export-group">
          <span>{t(e.label)}</span>
          {FORMATS.map((f) => (
            <a
              key={f.format}
              className="button button-small"
              href={exportUrl(e.path, week, filters, f.format)}
              download
              aria-label={t('download.label', { what: t(e.label), format: t(f.label) })}
            >
              {t(f.label)}
            </a>
          ))}
        </div>
      ))}
    </div>
  );
}
