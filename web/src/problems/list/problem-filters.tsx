import { useMemo } from 'react';
import { PROBLEM_CATEGORIES, PROBLEM_STATUS, PROBLEM_STATUS_COLORS, type ProblemCategory, type ProblemStatus } from '@wangge/geodata';
import { useLocale, useT } from '../../i18n/lang.ts';
import { useSession } from '../../session/session.store.ts';
import { useData } from '../../state/data.store.ts';
import { gridOptions, unitOptions } from '../filter-options.ts';
import { activeFilterCount, toggleValue, weekDates } from '../problem-query.ts';
import { useView } from '../../state/view.store.ts';
import { categoryLabel } from '../problem-labels.ts';
import { useProblemQuery } from '../query.store.ts';

const STATUSES = Object.values(PROBLEM_STATUS) as ProblemStatus[];

/** Status, category, dates, grid, unit, owner unit and overdue: the filter the pins, the list and the exports share. */
export function ProblemFilters() {
  const t = useT();
  const locale = useLocale();
  const { filter, setFilter, resetFilter } = useProblemQuery();
  const grids = useData((s) => s.grids);
  const zones = useData((s) => s.zones);
  const gridList = useMemo(() => gridOptions(grids), [grids]);
  const unitList = useMemo(() => unitOptions(grids, zones, locale), [grids, zones, locale]);
  // the week the map shows, as a date range: one press filters to it
  const shownWeek = useView((s) => s.week);
  const thisWeek = shownWeek ? weekDates(shownWeek) : null;
  const weekOn = thisWeek !== null && filter.from === thisWeek.from && filter.to === thisWeek.to;
  const formatDay = (day: string) => new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`));

  return (
    <div className="problem-filters" role="group" aria-label={t('problemFilter.title')}>
      <fieldset className="filter-statuses">
        <legend>{t('problemFilter.status')}</legend>
        {STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className="filter-chip"
            aria-pressed={filter.statuses.includes(s)}
            onClick={() => setFilter({ statuses: toggleValue(filter.statuses, s, STATUSES) })}
          >
            <span className="pin-dot" style={{ background: PROBLEM_STATUS_COLORS[s] }} aria-hidden="true" />
            {t(`problemStatus.${s}`)}
          </button>
        ))}
        <label className="filter-chip filter-overdue">
          <input type="checkbox" checked={filter.overdue} onChange={(e) => setFilter({ overdue: e.target.checked })} />
          {t('problemFilter.overdueOnly')}
        </label>
      </fieldset>

      <div className="filter-grid">
        <label className="field">
          <span>{t('problemFilter.category')}</span>
          <select value={filter.categories[0] ?? ''} onChange={(e) => setFilter({ categories: e.target.value ? [e.target.value as ProblemCategory] : [] })}>
            <option value="">{t('problemFilter.allCategories')}</option>
            {PROBLEM_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(t, c)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('problemFilter.grid')}</span>
          <select value={filter.grid ?? ''} onChange={(e) => setFilter({ grid: e.target.value || null })}>
            <option value="">{t('problemFilter.allGrids')}</option>
            {gridList.map((g) => (
              <option key={g.id} value={g.id}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
        <UnitSelect label={t('problemFilter.unit')} anyLabel={t('problemFilter.allUnits')} value={filter.unit} units={unitList} onChange={(v) => setFilter({ unit: v })} />
        <UnitSelect label={t('problemFilter.owner')} anyLabel={t('problemFilter.allOwners')} value={filter.owner} units={unitList} onChange={(v) => setFilter({ owner: v })} />
        <fieldset className="field filter-dates">
          <legend>{t('problemFilter.dates')}</legend>
          <input type="date" aria-label={t('problemFilter.from')} value={filter.from ?? ''} max={filter.to ?? undefined} onChange={(e) => setFilter({ from: e.target.value || null })} />
          <span aria-hidden="true">–</span>
          <input type="date" aria-label={t('problemFilter.to')} value={filter.to ?? ''} min={filter.from ?? undefined} onChange={(e) => setFilter({ to: e.target.value || null })} />
          {shownWeek && (
            <button type="button" className="filter-chip filter-week" aria-pressed={weekOn} onClick={() => setFilter(weekOn ? { from: null, to: null } : thisWeek!)}>
              {t('problemFilter.week', { from: formatDay(thisWeek!.from), to: formatDay(thisWeek!.to) })}
            </button>
          )}
        </fieldset>
      </div>
      {activeFilterCount(filter) > 0 && (
        <button type="button" className="link-button filter-reset" onClick={resetFilter}>
          {t('problemFilter.reset')}
        </button>
      )}
    </div>
  );
}

/** A unit filter: any unit, the user's own first, then the others. */
function UnitSelect({ label, anyLabel, value, units, onChange }: { label: string; anyLabel: string; value: string | null; units: { id: string; label: string }[]; onChange: (unit: string | null) => void }) {
  const t = useT();
  const me = useSession().me;
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{anyLabel}</option>
        {me?.unitId && <option value={me.unitId}>{`${t('problemFilter.myUnit')} · ${me.unitName ?? me.unitId}`}</option>}
        {units
          .filter((u) => u.id !== me?.unitId)
          .map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
      </select>
    </label>
  );
}
