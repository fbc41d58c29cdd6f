import { STATUS_COLORS, type Status } from '@wangge/geodata';
import { useLocale, useT } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { formatWeekDate, formatWeekShort } from '../week/weeks.ts';

/** The last 8 weeks as coloured cells, oldest on the left; the shown week is outlined. */
export function HistoryStrip({ history, week }: { history: { week: string; status: Status | null }[]; week: string }) {
  const t = useT();
  const locale = useLocale();
  const firstWeek = useData((s) => s.config?.firstWeek ?? null);
  // before the deployment's first week nothing was due: 未启用, not a missing report
  const empty = (w: string) => (firstWeek !== null && w < firstWeek ? t('weekState.notStarted') : t('panel.notInForce'));
  return (
    <ol className="history-strip" aria-label={t('panel.history')}>
      {history.map((h) => {
        const label = t('panel.historyItem', { week: formatWeekDate(h.week, locale), status: h.status ? t(`status.${h.status}`) : empty(h.week) });
        return (
          <li key={h.week} className={h.week === week ? 'is-current' : undefined} title={label} aria-label={label} data-status={h.status ?? 'none'}>
            <span className={h.status ? 'history-cell' : 'history-cell is-empty'} style={h.status ? { background: STATUS_COLORS[h.status] } : undefined} />
            <span className="history-date">{formatWeekShort(h.week, locale)}</span>
          </li>
        );
      })}
    </ol>
  );
}
