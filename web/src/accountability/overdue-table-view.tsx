import type { OverdueRow } from '@wangge/geodata';
import { useT } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { Phone } from '../panel/phone.tsx';
import { StatusChip } from '../panel/status-chip.tsx';
import { durationMessage } from '../reports/countdown.ts';
import { useView } from '../state/view.store.ts';
import { missedRun, nextSort, type Sort, type SortKey } from './overdue-table.ts';

const COLUMNS: readonly { key: SortKey; label: MessageKey; numeric?: boolean }[] = [
  { key: 'unit', label: 'overdue.col.unit' },
  { key: 'grid', label: 'overdue.col.grid' },
  { key: 'community', label: 'overdue.col.community' },
  { key: 'status', label: 'overdue.col.status' },
  { key: 'late', label: 'overdue.col.late', numeric: true },
  { key: 'run', label: 'overdue.col.run', numeric: true },
  { key: 'phone', label: 'overdue.col.phone' },
];

interface Props {
  caption: string;
  rows: readonly OverdueRow[];
  sort: Sort | null;
  onSort: (sort: Sort) => void;
}

/** The overdue table; each header sorts by its column, a grid code shows the grid on the map. */
export function OverdueTable({ caption, rows, sort, onSort }: Props) {
  const t = useT();
  const select = useView((s) => s.select);
  const late = (minutes: number) => {
    const m = durationMessage(minutes * 60_000);
    return t(m.key, m.params);
  };
  return (
    <div className="table-scroll">
      <table className="overdue-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.numeric ? 'num' : undefined}
                aria-sort={sort?.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                <button type="button" onClick={() => onSort(nextSort(sort, c.key))}>
                  {t(c.label)}
                  <span className="sort-mark" aria-hidden="true" data-dir={sort?.key === c.key ? sort.dir : undefined} />
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.unitId}|${r.gridId}`} data-status={r.status}>
              <td data-label={t('overdue.col.unit')}>
                <span className="cell-main">{r.unitName}</span>
                <span className="cell-sub">{r.contactName}</span>
              </td>
              <td data-label={t('overdue.col.grid')}>
                <span className="cell-main">{r.gridName}</span>
                <button type="button" className="link-button mono cell-sub" onClick={() => select({ grid: r.gridId, at: null }, { fly: true })} title={t('reports.showOnMap', { code: r.gridCode })}>
                  {r.gridCode}
                </button>
              </td>
              <td data-label={t('overdue.col.community')}>{r.communityName}</td>
              <td data-label={t('overdue.col.status')}>
                <StatusChip status={r.status} />
              </td>
              <td data-label={t('overdue.col.late')} className="num">
                {late(r.lateByMinutes)}
              </td>
              <td data-label={t('overdue.col.run')} className="num">
                {missedRun(r) > 0 ? t('overdue.weeks', { count: missedRun(r) }) : t('overdue.noRun')}
              </td>
              <td data-label={t('overdue.col.phone')}>
                <Phone phone={r.contactPhone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
