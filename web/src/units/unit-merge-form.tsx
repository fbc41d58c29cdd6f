import { useState } from 'react';
import type { UnitAdminInfo, UnitMergeResponse } from '@wangge/geodata';
import { FormError } from '../forms/form-error.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { useT } from '../i18n/lang.ts';
import { unitsApi } from './units-api.ts';

/** Merges a unit into another one in service; the server moves its work and keeps it as history. */
export function UnitMergeForm({ unit, others, onMerged, onCancel }: { unit: UnitAdminInfo; others: UnitAdminInfo[]; onMerged: (merged: UnitMergeResponse) => void; onCancel: () => void }) {
  const t = useT();
  const [into, setInto] = useState('');
  const { busy, error, submit } = useSubmit();

  const merge = () => submit(async () => onMerged(await unitsApi.merge(unit.id, { into })));

  return (
    <div className="user-row-edit" role="group" aria-label={t('units.mergeTitle', { name: unit.name })}>
      <label className="field field-wide">
        <span>{t('units.mergeInto')}</span>
        <select name="into" value={into} onChange={(e) => setInto(e.target.value)}>
          <option value="">{t('units.mergePick')}</option>
          {others.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <p className="muted field-wide">{t('units.mergeNote', { name: unit.name })}</p>
      <FormError error={error} wide />
      <div className="dialog-actions field-wide">
        <button type="button" className="button" onClick={onCancel}>
          {t('units.cancel')}
        </button>
        <button type="button" className="button danger" disabled={busy || !into} onClick={() => void merge()}>
          {t('units.mergeConfirm')}
        </button>
      </div>
    </div>
  );
}
