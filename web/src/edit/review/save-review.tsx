import { useEffect, useRef } from 'react';
import { EFFECTIVE, type Effective } from '@wangge/geodata';
import { useLocale, useT } from '../../i18n/lang.ts';
import { formatWeekDate } from '../../week/weeks.ts';
import { useOrg } from '../org.store.ts';
import { useSave, type DroppedUnits } from '../save.store.ts';
import './review.css';

/** 下周生效 (the default: the running week keeps its layout, units and people) or 本周生效. */
export function EffectiveChoice() {
  const t = useT();
  const effective = useSave((s) => s.effective);
  const setEffective = useSave((s) => s.setEffective);
  const options: Effective[] = [EFFECTIVE.nextWeek, EFFECTIVE.thisWeek];
  return (
    <fieldset className="effective-choice">
      <legend>{t('edit.effective.legend')}</legend>
      {options.map((o) => (
        <label key={o}>
          <input type="radio" name="effective" value={o} checked={effective === o} onChange={() => setEffective(o)} /> {t(`edit.effective.${o}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** Saved: how many grids, from which week, and how many open problems moved with the change. */
export function SavedNote({ count, effectiveWeek, rerouted }: { count: number; effectiveWeek: string | null; rerouted: number }) {
  const t = useT();
  const locale = useLocale();
  return (
    <p className="save-note ok" role="status">
      {t('edit.saved', { count })}
      {effectiveWeek && ` ${t('edit.effective.from', { week: formatWeekDate(effectiveWeek, locale) })}`}
      {rerouted > 0 && ` ${t('edit.rerouted', { count: rerouted })}`}
    </p>
  );
}

/** The server found units that would hold no grid after this save: named, with the choice to let them go or go back. */
export function DroppedUnitsDialog({ dropped, onConfirm, onCancel }: { dropped: DroppedUnits[]; onConfirm: () => void; onCancel: () => void }) {
  const t = useT();
  const units = useOrg((s) => s.lists?.units);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    void useOrg.getState().load();
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
    return () => d?.close?.();
  }, []);
  const name = (id: string) => units?.find((u) => u.id === id)?.name ?? id;
  return (
    <dialog ref={ref} className="dropped-dialog" aria-labelledby="dropped-title" onCancel={onCancel}>
      <h3 id="dropped-title">{t('edit.dropped.title')}</h3>
      <p>{t('edit.dropped.note')}</p>
      <ul>
        {dropped.map((d) => (
          <li key={d.gridId}>
            {t('edit.dropped.grid', { code: d.code, units: d.unitIds.map(name).join(t('panel.listSeparator')) })}
          </li>
        ))}
      </ul>
      <div className="save-actions">
        <button type="button" className="button button-small" onClick={onCancel} autoFocus>
          {t('edit.dropped.back')}
        </button>
        <button type="button" className="button button-small danger" onClick={onConfirm}>
          {t('edit.dropped.confirm')}
        </button>
      </div>
    </dialog>
  );
}
