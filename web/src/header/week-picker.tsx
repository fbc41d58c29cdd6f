import { useLocale, useT } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { WeekStateChip } from '../week/week-state-chip.tsx';
import { earlierWeek, formatWeekDate, nextWeek, pickerWeeks } from '../week/weeks.ts';

/**
 * Previous / next week arrows around a list of recent weeks; never past the current week nor before
 * the deployment's first week. Beside it, where the shown week stands (open, closed, not started).
 */
export function WeekPicker() {
  const t = useT();
  const locale = useLocale();
  const currentWeek = useData((s) => s.config?.currentWeek);
  const firstWeek = useData((s) => s.config?.firstWeek ?? null);
  const week = useView((s) => s.week);
  const setWeek = useView((s) => s.setWeek);
  if (!currentWeek || !week) return <div className="week-picker" />;

  const next = nextWeek(week, currentWeek);
  const previous = earlierWeek(week, firstWeek);
  const label = (w: string) => {
    const text = t('week.option', { date: formatWeekDate(w, locale) });
    if (w === currentWeek) return t('week.current', { label: text });
    return w === firstWeek ? t('week.first', { label: text }) : text;
  };
  return (
    <div className="week-picker" role="group" aria-label={t('week.label')}>
      <button
        type="button"
        className="icon-button"
        onClick={() => previous && setWeek(previous)}
        disabled={!previous}
        aria-label={t('week.previous')}
        title={t('week.previous')}
      >
        ‹
      </button>
      <select aria-label={t('week.label')} value={week} onChange={(e) => setWeek(e.target.value)}>
        {pickerWeeks(currentWeek, week, undefined, firstWeek).map((w) => (
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
      <WeekStateChip week={week} />
    </div>
  );
}
