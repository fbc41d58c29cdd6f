import { useLocale, useT } from '../../i18n/lang.ts';
import type { StatsRow } from './stats-rows.ts';

const COLUMNS = ['filed', 'fixed', 'verified', 'open', 'overdue'] as const;

/**
 * The total and one row per group; a row's name picks it for the chart above. The first three
 * columns add up the weeks shown, the last two are where things stand at the last week's end.
 */
export function StatsTable({ total, rows, picked, onPick, groupLabel }: { total: StatsRow; rows: readonly StatsRow[]; picked: string | null; onPick: (key: string | null) => void; groupLabel: string }) {
  const t = useT();
  const number = new Intl.NumberFormat(useLocale());
  const line = (row: StatsRow, key: string | null) => (
    <tr key={key ?? '*'} className={key === null ? 'stats-total' : undefined} data-group={key ?? '*'}>
      <th scope="row">
        <button type="button" className="link-button" aria-pressed={picked === key} onClick={() => onPick(key)} title={t('problemStats.pick', { name: row.name })}>
          {row.name}
        </button>
        {row.code && <span className="mono muted">{row.code}</span>}
      </th>
      {COLUMNS.map((c) => (
        <td key={c} className={c === 'overdue' && row.overdue > 0 ? 'num is-overdue' : 'num'} data-label={t(`problemStats.${c}`)}>
          {number.format(row[c])}
        </td>
      ))}
    </tr>
  );
  return (
    <div className="table-scroll stats-table-scroll">
      <table className="overdue-table stats-table">
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className="num">
                {t(`problemStats.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {line(total, null)}
          {rows.map((r) => line(r, r.key))}
        </tbody>
      </table>
    </div>
  );
}
