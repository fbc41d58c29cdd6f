import type { GridApiProps, ReportResponse, Status } from '@wangge/geodata';
import { useLocale, useT } from '../i18n/lang.ts';
import { StatusChip } from '../panel/status-chip.tsx';
import { useView } from '../state/view.store.ts';
import { formatInstant } from '../week/weeks.ts';
import { ReportForm } from './report-form.tsx';

interface Props {
  grid: GridApiProps;
  week: string;
  /** this unit's status for the grid this week (null until the status has loaded) */
  status: Status | null;
  report: ReportResponse | null;
  /** the unit's reports have loaded, so a missing report really is missing */
  ready: boolean;
  open: boolean;
  onToggle: () => void;
}

/** One grid the unit holds: its status, when it was reported, and the form to report or edit. */
export function GridReportCard({ grid, week, status, report, ready, open, onToggle }: Props) {
  const t = useT();
  const locale = useLocale();
  const select = useView((s) => s.select);
  const formId = `report-form-${grid.id}`;
  return (
    <li className="report-card" data-grid={grid.id} data-open={open}>
      <div className="report-card-head">
        <div className="report-card-title">
          <strong>{grid.name}</strong>
          <button type="button" className="link-button mono" onClick={() => select({ grid: grid.id, at: null }, { fly: true })} title={t('reports.showOnMap', { code: grid.code })}>
            {grid.code}
          </button>
        </div>
        {status && <StatusChip status={status} />}
      </div>
      <div className="report-card-meta">
        <span className="muted">{grid.communityName}</span>
        {report && <span className="muted">{t('reports.submittedAt', { time: formatInstant(report.submittedAt, locale), revision: report.revision })}</span>}
        {report?.revisedAfterDue && <span className="tag tag-late">{t('reports.revisedLate')}</span>}
        {status !== 'exempt' && (
          <button type="button" className="button button-small" aria-expanded={open} aria-controls={formId} disabled={!ready} onClick={onToggle}>
            {open ? t('form.close') : report ? t('reports.edit') : t('reports.fill')}
          </button>
        )}
      </div>
      {open && <ReportForm id={formId} grid={grid} week={week} report={report} />}
    </li>
  );
}
