import { useEffect } from 'react';
import { useOrg } from '../edit/org.store.ts';
import { useT } from '../i18n/lang.ts';

const NO_UNITS: readonly { id: string; name: string }[] = [];

/** The unit a reporter account is bound to, from every unit of the county. */
export function UnitSelect({ value, onChange }: { value: string; onChange: (unitId: string) => void }) {
  const t = useT();
  const units = useOrg((s) => s.lists?.units ?? NO_UNITS);
  const load = useOrg((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <label className="field">
      <span>{t('users.unit')}</span>
      <select name="unitId" required value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('users.unitPick')}</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </label>
  );
}
