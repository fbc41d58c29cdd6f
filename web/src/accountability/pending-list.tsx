import { useMemo } from 'react';
import type { OverdueRow } from '@wangge/geodata';
import { useLocale, useT } from '../i18n/lang.ts';
import { Phone } from '../panel/phone.tsx';
import { useView } from '../state/view.store.ts';
import { pendingByUnit } from './pending-units.ts';
import './pending-list.css';

/** Before the deadline: the units still to report this week, each with its contact, phone and grids. */
export function PendingList({ rows, due }: { rows: readonly OverdueRow[]; due: string }) {
  const t = useT();
  const locale = useLocale();
  const select = useView((s) => s.select);
  const units = useMemo(() => pendingByUnit(rows, locale), [rows, locale]);
  if (units.length === 0) return null;
  return (
    <section className="pending-list" aria-labelledby="pending-title">
      <h3 id="pending-title">
        {t('pending.title', { units: units.length, grids: rows.length })}
        <span className="muted">{t('pending.due', { due })}</span>
      </h3>
      <div className="table-scroll">
        <table className="overdue-table pending-table">
          <thead>
            <tr>
              <th scope="col">{t('overdue.col.unit')}</th>
              <th scope="col">{t('pending.col.contact')}</th>
              <th scope="col">{t('overdue.col.phone')}</th>
              <th scope="col">{t('pending.col.grids')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.unitId} data-status="pending">
                <td data-label={t('overdue.col.unit')}>
                  <span className="cell-main">{u.unitName}</span>
                </td>
                <td data-label={t('pending.col.contact')}>{u.contactName}</td>
                <td data-label={t('overdue.col.phone')}>
                  <Phone phone={u.contactPhone} />
                </td>
                <td data-label={t('pending.col.grids')}>
                  <ul className="pending-grids">
                    {u.grids.map((g) => (
                      <li key={g.id}>
                        <button type="button" className="link-button mono" onClick={() => select({ grid: g.id, at: null }, { fly: true })} title={t('reports.showOnMap', { code: g.code })}>
                          {g.code}
                        </button>{' '}
                        <span className="cell-sub">{g.name}</span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
