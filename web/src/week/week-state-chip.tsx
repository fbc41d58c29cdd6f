import { useLocale, useT } from '../i18n/lang.ts';
import { useData, useStatus } from '../state/data.store.ts';
import { formatInstant, formatWeekDate } from './weeks.ts';
import { weekState } from './week-state.ts';
import './week.css';

/** Says where the shown week stands: 未启用, open (taking reports) or closed with frozen figures. */
export function WeekStateChip({ week }: { week: string }) {
  const t = useT();
  const locale = useLocale();
  const firstWeek = useData((s) => s.config?.firstWeek ?? null);
  const status = useStatus(week);
  const state = weekState(week, firstWeek, status);
  if (!state) return null;
  const hint =
    state === 'notStarted'
      ? t('weekState.notStartedHint', { first: firstWeek ? formatWeekDate(firstWeek, locale) : '' })
      : state === 'closed'
        ? t('weekState.closedHint', { at: formatInstant(status!.closedAt!, locale) })
        : t('weekState.openHint', { due: formatInstant(status!.dueAt, locale), closes: formatInstant(status!.closesAt, locale) });
  return (
    <span className="week-state" data-week-state={state} title={hint} role="note" aria-label={t('weekState.label', { state: t(`weekState.${state}`), hint })}>
      {t(`weekState.${state}`)}
    </span>
  );
}
