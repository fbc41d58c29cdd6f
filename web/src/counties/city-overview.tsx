import { useEffect } from 'react';
import type { CityStatusResponse, CountyWeekFigures } from '@wangge/geodata';
import { useLocale, useT } from '../i18n/lang.ts';
import type { Load } from '../state/load.ts';
import { useView } from '../state/view.store.ts';
import { formatWeekDate } from '../week/weeks.ts';
import { shareStatus } from './city-share.ts';
import { useCity } from './city.store.ts';
import { useCounties } from './counties.store.ts';

/** The colour of an on-time share in the panel: the status colour the map draws it in. */
export function shareColour(share: number | null): string {
  return `var(--status-${shareStatus(share).replace('_', '-')})`;
}

/** Every county's week side by side (GET /api/city/status), beside the map coloured the same way; a click opens that county. */
export function CityOverview() {
  const t = useT();
  const locale = useLocale();
  const week = useView((s) => s.week);
  const choose = useCounties((s) => s.choose);
  const { status, error, load: loadWeek, hide } = useCity();
  useEffect(() => {
    if (week) loadWeek(week);
  }, [week, loadWeek]);
  const load: Load<CityStatusResponse> = error ? { state: 'error', message: error } : status ? { state: 'ready', data: status } : { state: 'loading' };
  const onClose = hide;
  const open = (c: CountyWeekFigures) => {
    choose(c.countyId);
    hide();
  };
  return (
    <div className="city-overview" role="dialog" aria-labelledby="city-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
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
      <ul className="city-key" aria-label={t('city.key')}>
        {(['on_time', 'late', 'missing', 'not_due'] as const).map((s) => (
          <li key={s}>
            <span className="city-swatch" style={{ background: `var(--status-${s.replace('_', '-')})` }} aria-hidden="true" />
            {t(`city.key.${s}`)}
          </li>
        ))}
      </ul>
      <p className="city-hint">{t('city.hint')}</p>
      <button type="button" className="city-close" onClick={onClose}>
        {t('city.close')}
      </button>
    </div>
  );
}
