import { useMemo } from 'react';
import { useLocale, useT } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { useData } from '../state/data.store.ts';
import { filterOptions, NO_FILTERS, setFilter, type FilterOptions, type PlaceFilters } from './place-filters.ts';

const FIELDS: readonly { key: keyof PlaceFilters; options: keyof FilterOptions; label: MessageKey }[] = [
  { key: 'streetOffice', options: 'streetOffices', label: 'filter.streetOffice' },
  { key: 'community', options: 'communities', label: 'filter.community' },
  { key: 'area', options: 'areas', label: 'filter.area' },
  { key: 'unit', options: 'units', label: 'filter.unit' },
];

/** Street office, community, 片区 and unit selects; choices narrow to what the others leave. */
export function FilterBar({ filters, onChange }: { filters: PlaceFilters; onChange: (f: PlaceFilters) => void }) {
  const t = useT();
  const locale = useLocale();
  const grids = useData((s) => s.grids);
  const communities = useData((s) => s.communities);
  const props = useMemo(() => grids?.features.map((f) => f.properties) ?? [], [grids]);
  const options = useMemo(() => filterOptions(props, communities, filters, locale), [props, communities, filters, locale]);
  const active = FIELDS.some((f) => filters[f.key]);

  return (
    <div className="filter-bar" role="group" aria-label={t('filter.label')}>
      {FIELDS.map((f) => (
        <label key={f.key} className="field field-inline">
          <span>{t(f.label)}</span>
          <select value={filters[f.key]} onChange={(e) => onChange(setFilter(filters, f.key, e.target.value, props))}>
            <option value="">{t('filter.all')}</option>
            {options[f.options].map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      {active && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          {t('filter.clear')}
        </button>
      )}
    </div>
  );
}
