import { useState } from 'react';
import type { UnitAdminInfo, UnitHolding, UnitMergeResponse } from '@wangge/geodata';
import { useT } from '../i18n/lang.ts';
import { UnitForm } from './unit-form.tsx';
import { UnitGridsForm } from './unit-grids-form.tsx';
import { UnitMergeForm } from './unit-merge-form.tsx';
import { useUnits } from './units.store.ts';

type Editing = 'contact' | 'grids' | 'merge' | null;

function Holding({ h }: { h: UnitHolding }) {
  const t = useT();
  return (
    <li className={h.lead ? 'unit-grid is-lead' : 'unit-grid'} data-grid={h.gridId}>
      <span className="unit-grid-code">{h.code}</span> {h.name} <span className="badge">{h.lead ? t('units.lead') : t('units.member')}</span>
      {h.from && <span className="muted"> {t('units.fromWeek', { week: h.from })}</span>}
      {h.to && <span className="muted"> {t('units.untilWeek', { week: h.to })}</span>}
    </li>
  );
}

/** One unit: name, contact and phone, the grids it holds; rename or re-contact, change its grids, merge it into another. */
export function UnitRow({ unit, onMerged }: { unit: UnitAdminInfo; onMerged: (merged: UnitMergeResponse) => void }) {
  const t = useT();
  const put = useUnits((s) => s.put);
  const others = useUnits((s) => s.items ?? []).filter((u) => u.id !== unit.id && u.retiredAt === null);
  const [editing, setEditing] = useState<Editing>(null);
  const retired = unit.retiredAt !== null;
  const saved = (u: UnitAdminInfo) => {
    put(u);
    setEditing(null);
  };

  return (
    <li className={retired ? 'user-row unit-row is-disabled' : 'user-row unit-row'} data-unit={unit.id}>
      <div className="user-row-who">
        <strong>{unit.name}</strong>
        {unit.mergedInto && <span className="badge badge-off">{t('units.retired', { name: unit.mergedInto.name })}</span>}
      </div>
      <div className="user-row-what">
        <span>
          {t('units.contactName')}：{unit.contactName}
        </span>
        <a href={`tel:${unit.contactPhone}`}>{unit.contactPhone}</a>
        {unit.reporters > 0 && <span className="muted">{t('units.reporters', { count: unit.reporters })}</span>}
      </div>
      {unit.grids.length ? (
        <ul className="unit-grids" aria-label={t('units.grids')}>
          {unit.grids.map((h) => (
            <Holding key={`${h.gridId}-${h.from ?? ''}`} h={h} />
          ))}
        </ul>
      ) : (
        !retired && <p className="muted unit-grids-none">{t('units.noGrids')}</p>
      )}
      {retired && <p className="muted">{t('units.retiredNote')}</p>}
      {editing === 'contact' && <UnitForm unit={unit} onSaved={saved} onCancel={() => setEditing(null)} />}
      {editing === 'grids' && <UnitGridsForm unit={unit} onSaved={saved} onCancel={() => setEditing(null)} />}
      {editing === 'merge' && (
        <UnitMergeForm
          unit={unit}
          others={others}
          onMerged={(m) => {
            put(m.unit, m.into);
            setEditing(null);
            onMerged(m);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {!retired && editing === null && (
        <div className="user-row-actions">
          <button type="button" className="button" onClick={() => setEditing('contact')}>
            {t('units.edit')}
          </button>
          <button type="button" className="button" onClick={() => setEditing('grids')}>
            {t('units.editGrids')}
          </button>
          <button type="button" className="button" onClick={() => setEditing('merge')}>
            {t('units.merge')}
          </button>
        </div>
      )}
    </li>
  );
}
