import { useEffect, useState } from 'react';
import type { UnitMergeResponse } from '@wangge/geodata';
import { BulkBar } from '../bulk/bulk-bar.tsx';
import { useT } from '../i18n/lang.ts';
import { UnitForm } from './unit-form.tsx';
import { UnitRow } from './unit-row.tsx';
import { useUnits } from './units.store.ts';
import '../admin/admin.css';
import './units.css';

/** Admin: the county's units — search, add, rename and re-contact, the grids each holds, merge one into another. */
export function UnitsView() {
  const t = useT();
  const { items: units, error, search, load, put } = useUnits();
  const [adding, setAdding] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    void load(useUnits.getState().search);
  }, [load]);

  const merged = ({ unit, into, moved }: UnitMergeResponse) => setNote(t('units.merged', { name: unit.name, into: into.name, ...moved }));
  const inService = units?.filter((u) => u.retiredAt === null).length ?? 0;
  const retired = (units?.length ?? 0) - inService;

  return (
    <div className="users-view units-view">
      <div className="users-bar">
        <label className="field field-grow">
          <span>{t('units.search')}</span>
          <input type="search" value={search} placeholder={t('units.searchPlaceholder')} onChange={(e) => void load(e.target.value)} />
        </label>
        {!adding && (
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            {t('units.add')}
          </button>
        )}
      </div>
      <BulkBar kind="units" onApplied={() => void load(useUnits.getState().search)} />
      {adding && (
        <UnitForm
          onCancel={() => setAdding(false)}
          onSaved={(unit) => {
            put(unit);
            setAdding(false);
            setNote(t('units.added', { name: unit.name }));
          }}
        />
      )}
      {note && (
        <p className="drawer-note" role="status">
          {note}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {t('units.failed', { message: error })}
        </p>
      )}
      {units === null && !error && <p className="drawer-note">{t('units.loading')}</p>}
      {units && (
        <>
          <p className="drawer-note">{units.length === 0 ? t('units.none') : retired ? t('units.countRetired', { count: inService, retired }) : t('units.count', { count: inService })}</p>
          <ul className="user-list" aria-label={t('drawer.units')}>
            {units.map((u) => (
              <UnitRow key={u.id} unit={u} onMerged={merged} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
