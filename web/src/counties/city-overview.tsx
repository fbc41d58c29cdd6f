import { useEffect, useState } from 'react';
import type { CityStatusResponse, CountyWeekFigures } from '@wangge/geodata';
import { getJson } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { useLocale, useT } from '../i18n/lang.ts';
import type { Load } from '../state/load.ts';
import { useView } from '../state/view.store.ts';
import { formatWeekDate } from '../week/weeks.ts';
import { useCounties } from './counties.store.ts';

/** The colour of an on-time share: the status colours' on_time, late and missing, so it reads like the map. */
export function shareColour(share: number | null): string {
  if (share === null) return 'var(--status-not-due)';
  if (share >= 0.9) return 'var(--status-on-time)';
  if (share >= 0.6) return 'var(--status-late)';
  return 'var(--status-missing)';
}

/** Every county's week side by side (GET /api/city/status); a click opens that county's map. */
export function CityOverview({ onClose }: { onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const week = useView((s) => s.week);
  const choose = useCounties((s) => s.choose);
  const [load, setLoad] = useState<Load<CityStatusResponse>>({ state: 'loading' });
  useEffect(() => {
    if (!week) return;
    const abort = new AbortController();
    getJson<CityStatusResponse>(`/api/city/status?week=${week}`, abort.signal).then(
      (data) => setLoad({ state: 'ready', data }),
      (err: unknown) => !abort.signal.aborted && setLoad({ state: 'error', message: errorMessage(err) }),
    );
    return () => abort.abort();
  }, [week]);
  const open = (c: CountyWeekFigures) => {
    choose(c.countyId);
    onClose();
  };
  return (
    <div className="city-overview" role="dialog" aria-modal="true" aria-labelledby="city-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h2 id="city-title">{t('city.title', { week: week ? formatWeekDate(week, locale) : '' })}</h2>
      {load.state === 'loading' && <p>{t('app.loading')}</p>}
      {load.state === 'error' && <p role="alert">{t('city.loadFailed', { message: load.message })}</p>}
      {load.state === 'ready' && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('city.county')}</th>
              <th scope="col">{t('city.onTime')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {load.data.counties.map((c) => (
              <tr key={c.countyId}>
                <th scope="row">
                  <button type="button" className="city-county" onClick={() => open(c)}>
                    <span className="city-swatch" style={{ background: shareColour(c.onTimeShare) }} aria-hidden="true" />
                    {c.name}
                  </button>
                </th>
                <td>{c.onTimeShare === null ? t('city.none') : `${Math.round(c.onTimeShare * 100)}%`}</td>
                <td>
                  {t('city.counts', { onTime: c.counts.on_time, late: c.counts.late, missing: c.counts.missing })} · {c.closed ? t('city.closed') : t('city.open.week')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="city-close" onClick={onClose}>
        {t('city.close')}
      </button>
    </div>
  );
}
