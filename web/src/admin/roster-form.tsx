import { useState, type FormEvent } from 'react';
import { decodeRosterPeriod, type GridRoster, type RosterPersonInput } from '@wangge/geodata';
import { FormError } from '../forms/form-error.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { useT } from '../i18n/lang.ts';
import { PeriodFields } from './period-fields.tsx';
import { rosterApi } from './roster-api.ts';

const blank = (): RosterPersonInput => ({ name: '', phone: '' });
const filled = (p: RosterPersonInput) => p.name.trim() !== '' || p.phone.trim() !== '';

function PersonFields({ label, person, onChange, onRemove }: { label: string; person: RosterPersonInput; onChange: (p: RosterPersonInput) => void; onRemove?: () => void }) {
  const t = useT();
  return (
    <fieldset className="roster-person">
      <legend>{label}</legend>
      <label className="field">
        <span>{t('roster.name')}</span>
        <input value={person.name} maxLength={50} onChange={(e) => onChange({ ...person, name: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('roster.phone')}</span>
        <input value={person.phone} inputMode="tel" onChange={(e) => onChange({ ...person, phone: e.target.value })} />
      </label>
      {onRemove && (
        <button type="button" className="button button-small" onClick={onRemove}>
          {t('roster.remove')}
        </button>
      )}
    </fieldset>
  );
}

/** A new period of one grid's posts from a day: the manager and the supervisors, filled in from those in post. */
export function RosterForm({ roster, today, onSaved, onCancel }: { roster: GridRoster; today: string; onSaved: (saved: GridRoster) => void; onCancel: () => void }) {
  const t = useT();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState('');
  const [manager, setManager] = useState<RosterPersonInput>(roster.manager ? { name: roster.manager.name, phone: roster.manager.phone } : blank());
  const [supervisors, setSupervisors] = useState<RosterPersonInput[]>(roster.supervisors.length ? roster.supervisors.map(({ name, phone }) => ({ name, phone })) : [blank(), blank()]);
  const { busy, error, submit: write } = useSubmit();
  const period = decodeRosterPeriod(from, to || null);
  const periodProblem = !period.ok && period.code === 'bad_period' ? t('error.bad_period') : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!period.ok) return;
    const trim = (p: RosterPersonInput) => ({ name: p.name.trim(), phone: p.phone.trim() });
    await write(async () => onSaved(await rosterApi.save(roster.gridId, { from, to: to || null, manager: filled(manager) ? trim(manager) : null, supervisors: supervisors.filter(filled).map(trim) })));
  };

  return (
    <form className="roster-form" onSubmit={submit} aria-label={t('roster.editTitle', { code: roster.code })}>
      <PeriodFields from={from} to={to} invalid={periodProblem !== null} onFrom={setFrom} onTo={setTo} />
      <p className="muted">{t('roster.fromHint')}</p>
      {periodProblem && <p className="field-problem">{periodProblem}</p>}
      <PersonFields label={t('panel.manager')} person={manager} onChange={setManager} />
      {supervisors.map((s, i) => (
        <PersonFields
          key={i}
          label={t('roster.supervisorN', { n: i + 1 })}
          person={s}
          onChange={(p) => setSupervisors(supervisors.map((x, j) => (j === i ? p : x)))}
          onRemove={() => setSupervisors(supervisors.filter((_, j) => j !== i))}
        />
      ))}
      <button type="button" className="button button-small" onClick={() => setSupervisors([...supervisors, blank()])}>
        {t('roster.addSupervisor')}
      </button>
      <FormError error={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('users.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy || !period.ok}>
          {t('roster.save')}
        </button>
      </div>
    </form>
  );
}
