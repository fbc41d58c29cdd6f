import { useEffect, useMemo } from 'react';
import { weekDueAt } from '@wangge/geodata';
import { useLocale, useT } from '../i18n/lang.ts';
import { serverNow } from '../reports/server-now.ts';
import { BulletinPanel } from '../bulletins/bulletin-panel.tsx';
import { RemindPanel } from '../notifications/remind-panel.tsx';
import { useView } from '../state/view.store.ts';
import { formatWeekDate, formatWeekWindow } from '../week/weeks.ts';
import { useAccountability } from './accountability.store.ts';
import { ExportLinks } from './export-links.tsx';
import { FilterBar } from './filter-bar.tsx';
import { filterRows, sortRows } from './overdue-table.ts';
import { OverdueTable } from './overdue-table-view.tsx';
import { PendingList } from './pending-list.tsx';

/** Late and missing (unit, grid) pairs of the week chosen in the header, filtered, sorted, exportable. */
export function OverdueView() {
  const t = useT();
  const locale = useLocale();
  const week = useView((s) => s.week);
  const { filters, sort, setFilters, setSort, loadOverdue } = useAccountability();
  const load = useAccountability((s) => (week ? s.overdue[week] : undefined));

  useEffect(() => {
    if (week) void loadOverdue(week);
  }, [week, loadOverdue]);

  const all = load?.state === 'ready' ? load.data.rows : null;
  const rows = useMemo(() => (all ? sortRows(filterRows(all, filters), sort, locale) : []), [all, filters, sort, locale]);
  const pendingAll = load?.state === 'ready' ? load.data.pending : null;
  const pending = useMemo(() => (pendingAll ? filterRows(pendingAll, filters) : []), [pendingAll, filters]);
  if (!week) return null;
  const weekLabel = formatWeekDate(week, locale);
  const beforeDue = serverNow() <= weekDueAt(week);

  return (
    <div className="overdue-view">
      <FilterBar filters={filters} onChange={setFilters} />
      <ExportLinks week={week} filters={filters} />
      <BulletinPanel week={week} />
      <RemindPanel week={week} list={load?.state === 'ready' ? load.data : null} />
      {load?.state === 'loading' && <p className="drawer-note">{t('drawer.loading')}</p>}
      {load?.state === 'error' && (
        <p className="form-error" role="alert">
          {t('drawer.failed', { message: load.message })}
        </p>
      )}
      {all && (
        <>
          <PendingList rows={pending} due={formatWeekWindow(week, locale).due} />
          <p className="table-count" aria-live="polite">
            <strong>{t('overdue.table', { week: weekLabel })}</strong>
            <span className="muted">{t('overdue.count', { shown: rows.length, total: all.length })}</span>
          </p>
          {all.length === 0 && <p className="drawer-note">{beforeDue ? t('overdue.notDue', { due: formatWeekWindow(week, locale).due }) : t('overdue.none')}</p>}
          {all.length > 0 && rows.length === 0 && <p className="drawer-note">{t('overdue.noMatch')}</p>}
          {rows.length > 0 && <OverdueTable caption={t('overdue.table', { week: weekLabel })} rows={rows} sort={sort} onSort={setSort} />}
        </>
      )}
    </div>
  );
}
