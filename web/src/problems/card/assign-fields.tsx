import { useEffect, useMemo, useState } from 'react';
import type { ProblemDetailResponse, UnitsResponse } from '@wangge/geodata';
import { isAbort } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useLocale, useT } from '../../i18n/lang.ts';
import { problemsApi } from '../problems-api.ts';
import type { OwnerForm } from '../step-request.ts';
import { ownerChoices } from './owner-choices.ts';

/**
 * 交办 / 改派's fields: the owner unit (the units the place routed it to first, then every other
 * unit), its person and phone, a deadline, and the co-operating units.
 */
export function AssignFields({ problem, value, onChange, disabled }: { problem: ProblemDetailResponse; value: OwnerForm; onChange: (v: OwnerForm) => void; disabled: boolean }) {
  const t = useT();
  const locale = useLocale();
  const [all, setAll] = useState<UnitsResponse | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    problemsApi.units(controller.signal).then(setAll, (err) => !isAbort(err) && setFailed(errorMessage(err)));
    return () => controller.abort();
  }, []);
  const choices = useMemo(() => ownerChoices(problem.units, all ?? [], locale), [problem.units, all, locale]);
  const set = (patch: Partial<OwnerForm>) => onChange({ ...value, ...patch });
  const co = new Set(value.coUnitIds);
  const coOptions = [...choices.linked, ...choices.others.filter((u) => co.has(u.id))].filter((u) => u.id !== value.ownerUnitId);
  // any other unit may co-operate too: chosen from a list, it joins the boxes above
  const addable = choices.others.filter((u) => !co.has(u.id) && u.id !== value.ownerUnitId);

  return (
    <fieldset className="assign-fields" disabled={disabled}>
      <label className="field">
        <span>{t('assign.owner')}</span>
        <select value={value.ownerUnitId} onChange={(e) => set({ ownerUnitId: e.target.value, coUnitIds: value.coUnitIds.filter((id) => id !== e.target.value) })}>
          <option value="">{t('assign.chooseOwner')}</option>
          {choices.linked.length > 0 && (
            <optgroup label={t('assign.routed')}>
              {choices.linked.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </optgroup>
          )}
          {choices.others.length > 0 && (
            <optgroup label={t('assign.otherUnits')}>
              {choices.others.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {failed && <p className="field-error">{t('assign.unitsFailed', { message: failed })}</p>}
      <div className="assign-person">
        <label className="field">
          <span>{t('assign.person')}</span>
          <input type="text" value={value.personName} maxLength={50} autoComplete="off" onChange={(e) => set({ personName: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('assign.phone')}</span>
          <input type="tel" value={value.personPhone} maxLength={40} autoComplete="off" onChange={(e) => set({ personPhone: e.target.value })} />
        </label>
      </div>
      <p className="field-hint">{t('assign.phoneHint')}</p>
      <label className="field">
        <span>{t('assign.due')}</span>
        <input type="datetime-local" value={value.due} onChange={(e) => set({ due: e.target.value })} />
      </label>
      <fieldset className="field assign-co">
        <legend>{t('assign.coUnits')}</legend>
        {coOptions.map((u) => (
          <label key={u.id} className="check">
            <input type="checkbox" checked={co.has(u.id)} onChange={(e) => set({ coUnitIds: e.target.checked ? [...value.coUnitIds, u.id] : value.coUnitIds.filter((id) => id !== u.id) })} />
            {u.name}
          </label>
        ))}
        {addable.length > 0 && (
          <select aria-label={t('assign.addCo')} value="" onChange={(e) => e.target.value && set({ coUnitIds: [...value.coUnitIds, e.target.value] })}>
            <option value="">{t('assign.addCo')}</option>
            {addable.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </fieldset>
    </fieldset>
  );
}
