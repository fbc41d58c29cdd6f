import { useT } from '../i18n/lang.ts';
import { useSessionStore } from '../session/session.store.ts';
import { CityOverview } from './city-overview.tsx';
import { useCity } from './city.store.ts';
import { useCounties } from './counties.store.ts';

/**
 * The county the map shows, in the header when the deployment holds several; city-wide staff also
 * open the city overview from here. An account bound to a county sees only its own.
 */
export function CountyPicker() {
  const t = useT();
  const counties = useCounties((s) => s.counties);
  const current = useCounties((s) => s.current);
  const choose = useCounties((s) => s.choose);
  const me = useSessionStore((s) => s.me);
  const overview = useCity((s) => s.open);
  const show = useCity((s) => s.show);
  if (counties.length < 2 || current === null) return null;
  const bound = Boolean(me?.countyId);
  const cityWideStaff = me !== null && !bound && me.role !== 'reporter';
  const label = (c: (typeof counties)[number]) => (c.synthetic ? t('county.synthetic', { name: c.name }) : c.name);
  return (
    <div className="county-picker" role="group" aria-label={t('county.picker')}>
      <select aria-label={t('county.picker')} value={current} disabled={bound} onChange={(e) => choose(e.target.value)}>
        {counties.map((c) => (
          <option key={c.id} value={c.id}>
            {label(c)}
          </option>
        ))}
      </select>
      {cityWideStaff && (
        <button type="button" className="city-open" onClick={show}>
          {t('city.open')}
        </button>
      )}
      {overview && cityWideStaff && <CityOverview />}
    </div>
  );
}
