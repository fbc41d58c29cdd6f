import { useState, type FormEvent } from 'react';
import { isChinesePhone, type UnitAdminInfo, type UnitInput } from '@wangge/geodata';
import { FormError } from '../forms/form-error.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { useT } from '../i18n/lang.ts';
import { unitsApi } from './units-api.ts';

const BLANK: UnitInput = { name: '', contactName: '', contactPhone: '' };

/** Adds a unit, or (given `unit`) renames it and changes its contact; the phone is checked as typed. */
export function UnitForm({ unit, onSaved, onCancel }: { unit?: UnitAdminInfo; onSaved: (unit: UnitAdminInfo) => void; onCancel: () => void }) {
  const t = useT();
  const [fields, setFields] = useState<UnitInput>(unit ? { name: unit.name, contactName: unit.contactName, contactPhone: unit.contactPhone } : BLANK);
  const { busy, error, submit: write } = useSubmit();
  const badPhone = fields.contactPhone.trim() !== '' && !isChinesePhone(fields.contactPhone);
  const set = (key: keyof UnitInput) => (value: string) => setFields((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (badPhone) return;
    const body = { name: fields.name.trim(), contactName: fields.contactName.trim(), contactPhone: fields.contactPhone.trim() };
    await write(async () => onSaved(unit ? await unitsApi.update(unit.id, body) : await unitsApi.add(body)));
  };

  return (
    <form className="user-form" onSubmit={submit} aria-label={unit ? t('units.edit') : t('units.addTitle')}>
      <label className="field field-wide">
        <span>{t('units.name')}</span>
        <input name="name" required maxLength={50} value={fields.name} onChange={(e) => set('name')(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('units.contactName')}</span>
        <input name="contactName" required maxLength={50} value={fields.contactName} onChange={(e) => set('contactName')(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('units.contactPhone')}</span>
        <input name="contactPhone" type="tel" required maxLength={50} value={fields.contactPhone} aria-invalid={badPhone} onChange={(e) => set('contactPhone')(e.target.value)} />
        <small className={badPhone ? 'field-problem' : 'muted'}>{badPhone ? t('units.badPhone') : t('units.phoneHint')}</small>
      </label>
      <FormError error={error} wide />
      <div className="dialog-actions field-wide">
        <button type="button" className="button" onClick={onCancel}>
          {t('units.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy || badPhone}>
          {unit ? t('units.save') : t('units.create')}
        </button>
      </div>
    </form>
  );
}
