import { weekDueAt } from '@wangge/geodata';
import { useLocale, useT } from '../i18n/lang.ts';
import { formatWeekDate, formatWeekWindow } from '../week/weeks.ts';
import { countdown } from './countdown.ts';
import { useServerNow } from './server-now.ts';

/** The week's deadline with a live countdown, and how many of the unit's grids still need a report. */
export function DeadlineBanner({ week, todo, total }: { week: string; todo: number; total: number }) {
  const t = useT();
  const locale = useLocale();
  const now = useServerNow();
  const { overdue, span } = countdown(now, weekDueAt(week));
  const done = total > 0 && todo === 0;
  const state = overdue ? (done ? 'closed' : 'overdue') : 'open';
  return (
    <section className="deadline" data-state={state} aria-labelledby="deadline-heading">
      <h3 id="deadline-heading">{t('reports.heading', { week: formatWeekDate(week, locale) })}</h3>
      <p className="deadline-due">{t('reports.due', { due: formatWeekWindow(week, locale).due })}</p>
      <p className="deadline-clock" role="timer" aria-live="off">
        {state === 'open' && t('reports.left', { time: t(span.key, span.params) })}
        {state === 'overdue' && (
          <>
            <strong>{t('reports.overdue')}</strong> <span className="muted">{t('reports.overdueBy', { time: t(span.key, span.params) })}</span>
          </>
        )}
        {state === 'closed' && t('reports.closed')}
      </p>
      {total > 0 && <p className="deadline-todo">{done ? t('reports.allDone') : t('reports.todo', { count: todo })}</p>}
    </section>
  );
}
