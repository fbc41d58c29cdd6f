import { useT } from '../i18n/lang.ts';
import { usePanel } from '../state/panel.store.ts';
import { useView } from '../state/view.store.ts';
import { GridProblems } from '../problems/grid-problems.tsx';
import { GridDetails } from './grid-details.tsx';
import { ZonesSection } from './zones-section.tsx';

/** The inspect panel: the selected grid's people and record, and the zones at the clicked place. */
export function SidePanel() {
  const t = useT();
  const selection = useView((s) => s.selection);
  const clearSelection = useView((s) => s.clearSelection);
  const detail = usePanel((s) => s.detail);
  const place = usePanel((s) => s.place);
  const open = selection.grid !== null || selection.at !== null || place?.load.state === 'loading';
  if (!open) return null;

  const located = place?.load.state === 'ready' ? place.load.data : null;
  const outside = selection.grid === null && located?.grid === null;
  const failed = [detail, place].find((k) => k?.load.state === 'error')?.load;
  const loading = [detail, place].some((k) => k?.load.state === 'loading');
  const shownDetail = detail?.load.state === 'ready' && selection.grid !== null ? detail.load.data : null;
  const zones = located && <ZonesSection zones={located.zones} />;

  return (
    <aside className="side-panel" aria-labelledby="panel-heading" aria-busy={loading}>
      <button type="button" className="icon-button panel-close" onClick={clearSelection} aria-label={t('panel.close')} title={t('panel.close')}>
        ×
      </button>
      {failed?.state === 'error' && <p className="panel-error" role="alert">{t('panel.failed', { message: failed.message })}</p>}
      {shownDetail && <GridDetails detail={shownDetail} place={zones} />}
      {shownDetail && <GridProblems gridId={shownDetail.grid.id} />}
      {outside && (
        <header className="panel-title">
          <h2 id="panel-heading">{t('panel.outside')}</h2>
          <p className="muted">
            {located.streetOffice
              ? t('panel.outsideIn', { community: located.community?.name ?? '—', streetOffice: located.streetOffice.name })
              : t('panel.outsideHint')}
          </p>
        </header>
      )}
      {loading && !shownDetail && !outside && (
        <p className="panel-loading" id="panel-heading">
          {t('panel.loading')}
        </p>
      )}
      {!shownDetail && zones}
    </aside>
  );
}
