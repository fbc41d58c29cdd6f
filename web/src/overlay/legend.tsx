import { STATUS_COLORS, STATUS_ORDER } from '@wangge/geodata';
import { GRID_FILL_OPACITY } from '../grids/grids.layer.ts';
import { useLocale, useT } from '../i18n/lang.ts';
import { useData, useStatus } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { formatWeekDate, formatWeekWindow } from '../week/weeks.ts';
import { weekState } from '../week/week-state.ts';
import { LayerToggles } from './layer-toggles.tsx';

/** The map key: one row per status with its colour and how many grids have it this week. */
export function Legend() {
  const t = useT();
  const locale = useLocale();
  const week = useView((s) => s.week);
  const status = useStatus(week);
  const firstWeek = useData((s) => s.config?.firstWeek ?? null);
  const notStarted = week !== null && weekState(week, firstWeek, status) === 'notStarted';
  const total = status ? Object.values(status.counts).reduce((a, b) => a + b, 0) : 0;
  const opening = week ? formatWeekWindow(week, locale) : null;

  return (
    <section className="legend card" aria-labelledby="legend-title">
      <header className="legend-head">
        <h2 id="legend-title">{t('legend.title')}</h2>
        {status && <span className="legend-total">{t('legend.total', { count: total })}</span>}
      </header>
      {notStarted && <p className="legend-not-started">{t('legend.notStarted', { first: firstWeek ? formatWeekDate(firstWeek, locale) : '' })}</p>}
      {status?.exempt && <p className="legend-window">{t('week.exempt')}</p>}
      {opening && !status?.exempt && !notStarted && (
        <dl className="legend-window">
          <dt>{t('week.opens')}</dt>
          <dd>{opening.from}</dd>
          <dt>{t('week.due')}</dt>
          <dd>{opening.due}</dd>
        </dl>
      )}
      <ul className="legend-rows">
        {STATUS_ORDER.map((s) => (
          <li key={s} className={status && status.counts[s] === 0 ? 'is-zero' : undefined} data-status={s}>
            <span className="swatch" style={{ background: STATUS_COLORS[s], opacity: GRID_FILL_OPACITY }} aria-hidden="true" />
            <span className="legend-name">{t(`status.${s}`)}</span>
            <span className="legend-count">{status && !notStarted ? status.counts[s] : '–'}</span>
          </li>
        ))}
      </ul>
      <LayerToggles />
    </section>
  );
}
