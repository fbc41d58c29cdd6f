import { useMemo, useState } from 'react';
import { EFFECTIVE, type Effective, type UnitAdminInfo } from '@wangge/geodata';
import { FormError } from '../forms/form-error.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { useT } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { gridChoices, openPicks, picksChanged, type GridChoice } from './unit-grids.ts';
import { unitsApi } from './units-api.ts';

const SHOWN = 60;

/** Which grids a unit holds, lead or member, from next week (or this one): changed from the unit. */
export function UnitGridsForm({ unit, onSaved, onCancel }: { unit: UnitAdminInfo; onSaved: (unit: UnitAdminInfo) => void; onCancel: () => void }) {
  const t = useT();
  const collection = useData((s) => s.grids);
  const grids: GridChoice[] = useMemo(() => (collection?.features ?? []).map((f) => ({ id: f.properties.id, code: f.properties.code, name: f.properties.name })), [collection]);
  const before = useMemo(() => openPicks(unit.grids), [unit.grids]);
  const [picked, setPicked] = useState<Map<string, boolean>>(() => new Map(before));
  const [query, setQuery] = useState('');
  const [effective, setEffective] = useState<Effective>(EFFECTIVE.nextWeek);
  const { busy, error, submit } = useSubmit();
  const shown = gridChoices(grids, query, picked).slice(0, SHOWN);

  const toggle = (id: string, on: boolean) =>
    setPicked((p) => {
      const next = new Map(p);
      if (on) next.set(id, false);
      else next.delete(id);
      return next;
    });
  const setLead = (id: string, lead: boolean) => setPicked((p) => new Map(p).set(id, lead));

  const save = () => submit(async () => onSaved(await unitsApi.setGrids(unit.id, { grids: [...picked].map(([gridId, lead]) => ({ gridId, lead })), effective })));

  return (
    <div className="user-row-edit unit-grids-form" role="group" aria-label={t('units.gridsTitle', { name: unit.name })}>
      <label className="field field-wide">
        <span>{t('units.gridsFilter')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <ul className="unit-grid-picks field-wide">
        {shown.map((g) => {
          const on = picked.has(g.id);
          return (
            <li key={g.id} data-grid={g.id}>
              <label>
                <input type="checkbox" checked={on} onChange={(e) => toggle(g.id, e.target.checked)} />
                <span className="unit-grid-code">{g.code}</span> {g.name}
              </label>
              {on && (
                <select aria-label={t('units.lead')} value={picked.get(g.id) ? 'lead' : 'member'} onChange={(e) => setLead(g.id, e.target.value === 'lead')}>
                  <option value="lead">{t('units.lead')}</option>
                  <option value="member">{t('units.member')}</option>
                </select>
              )}
            </li>
          );
        })}
      </ul>
      <p className="muted field-wide">{t('units.gridsPicked', { count: picked.size })}</p>
      <label className="field field-wide">
        <span>{t('units.gridsEffective')}</span>
        <select value={effective} onChange={(e) => setEffective(e.target.value as Effective)}>
          {Object.values(EFFECTIVE).map((v) => (
            <option key={v} value={v}>
              {t(`units.effective.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <FormError error={error} wide />
      <div className="dialog-actions field-wide">
        <button type="button" className="button" onClick={onCancel}>
          {t('units.cancel')}
        </button>
        <button type="button" className="button button-primary" disabled={busy || !picksChanged(before, picked)} onClick={() => void save()}>
          {t('units.save')}
        </button>
      </div>
    </div>
  );
}
