import { useLocale, useT } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { formatWeekDate, nextWeek, pickerWeeks, previousWeek } from '../week/weeks.ts';

/** Previous / next week arrows around a list of recent weeks; never past the current week. */
export function WeekPicker() {
  const t = useT();
  const locale = useLocale();
  const currentWeek = useData((s) => s.config?.currentWeek);
  const week = useView((s) => s.week);
  const setWeek = useView((s) => s.setWeek);
  if (!currentWeek || !week) return <div className="week-picker" />;

  const next = nextWeek(week, currentWeek);
  const label = (w: string) => {
    const text = t('week.option', { date: formatWeekDate(w, locale) });
    return w === currentWeek ? t('week.current', { label: text }) : text;
  };
  return (
    <div className="week-picker" role="group" aria-label={t('week.label')}>
      <button type="button" className="icon-button" onClick={() => setWeek(previousWeek(week))} aria-label={t('week.previous')} title={t('week.previous')}>
        ‹
      </button>
      <select aria-label={t('week.label')} value={week} onChange={(e) => setWeek(e.target.value)}>
        {pickerWeeks(currentWeek, week).map((w) => (
          <option key={w} value={w}>
            {label(w)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="icon-button"
        onClick={() => next && setWeek(next)}
        disabled={!next}
        aria-label={t('week.next')}
        title={t('week.next')}
      >
        ›
      </button>
    </div>
  );
}
