import { useEffect, useState, type FormEvent } from 'react';
import { MAX_CLOSE_GRACE_HOURS, type ReportRequirements } from '@wangge/geodata';
import { ApiRequestError, isAbort } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { useT } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { settingsApi } from './settings-api.ts';
import './settings.css';
import { checkGraceHours, COUNT_REQUIREMENTS, draftOf, requirementsChange, type RequirementsDraft } from './settings-form.ts';

type Outcome = { busy: boolean; error: string | null; done: boolean };
const IDLE: Outcome = { busy: false, error: null, done: false };

/** A refusal in the user's words: a bad value as the field's own sentence, anything else as errorMessage does. */
function refusal(err: unknown, badValue: string): string {
  return err instanceof ApiRequestError && err.code === 'bad_field' ? badValue : errorMessage(err);
}

/** The admin's settings (`view=settings`): when a week closes and freezes, and what a weekly report must carry. */
export function SettingsView() {
  return (
    <div className="settings-view">
      <CloseGraceForm />
      <RequirementsForm />
    </div>
  );
}

function CloseGraceForm() {
  const t = useT();
  const stored = useData((s) => s.config?.closeGraceHours ?? null);
  const [draft, setDraft] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(IDLE);
  if (stored === null) return null;
  const text = draft ?? String(stored);
  const checked = checkGraceHours(text);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!checked.ok) return;
    setOutcome({ ...IDLE, busy: true });
    try {
      const { closeGraceHours } = await settingsApi.setCloseGraceHours(checked.value);
      useData.setState((s) => (s.config ? { config: { ...s.config, closeGraceHours } } : {}));
      // the shown week's close time moves with the grace
      const week = useView.getState().week;
      if (week) void useData.getState().reloadStatus(week);
      setDraft(null);
      setOutcome({ ...IDLE, done: true });
    } catch (err) {
      setOutcome({ ...IDLE, error: refusal(err, t('settings.grace.invalid', { min: 0, max: MAX_CLOSE_GRACE_HOURS })) });
    }
  };
  return (
    <section aria-labelledby="grace-title" className="settings-section">
      <h3 id="grace-title" className="drawer-h3">
        {t('settings.grace.title')}
      </h3>
      <p className="drawer-note">{t('settings.grace.note')}</p>
      <form onSubmit={(e) => void save(e)} className="settings-row">
        <label htmlFor="grace-hours">{t('settings.grace.label')}</label>
        <input
          id="grace-hours"
          type="number"
          min={0}
          step={1}
          value={text}
          onChange={(e) => setDraft(e.target.value)}
          disabled={outcome.busy}
          aria-invalid={!checked.ok}
          aria-describedby={checked.ok ? undefined : 'grace-invalid'}
        />
        <span className="muted">{t('deadlines.hours')}</span>
        <button type="submit" className="button button-primary" disabled={outcome.busy || !checked.ok || checked.value === stored}>
          {t('settings.save')}
        </button>
      </form>
      {!checked.ok && (
        <p id="grace-invalid" className="form-error">
          {t('settings.grace.invalid', { min: checked.min, max: checked.max })}
        </p>
      )}
      <Outcome outcome={outcome} />
    </section>
  );
}

function RequirementsForm() {
  const t = useT();
  const [saved, setSaved] = useState<ReportRequirements | null>(null);
  const [draft, setDraft] = useState<RequirementsDraft | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(IDLE);

  useEffect(() => {
    const controller = new AbortController();
    settingsApi.requirements(controller.signal).then(
      (r) => {
        setSaved(r);
        setDraft(draftOf(r));
      },
      (err) => !isAbort(err) && setOutcome({ ...IDLE, error: errorMessage(err) }),
    );
    return () => controller.abort();
  }, []);

  if (!saved || !draft) return outcome.error ? <Outcome outcome={outcome} /> : null;
  const { change, invalid } = requirementsChange(saved, draft);
  const invalidCount = Object.keys(invalid).length;
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (invalidCount > 0) return;
    setOutcome({ ...IDLE, busy: true });
    try {
      const r = await settingsApi.setRequirements(change);
      setSaved(r);
      setDraft(draftOf(r));
      setOutcome({ ...IDLE, done: true });
    } catch (err) {
      setOutcome({ ...IDLE, error: refusal(err, t('settings.req.refused')) });
    }
  };
  return (
    <section aria-labelledby="req-title" className="settings-section">
      <h3 id="req-title" className="drawer-h3">
        {t('settings.req.title')}
      </h3>
      <p className="drawer-note">{t('settings.req.note')}</p>
      <form onSubmit={(e) => void save(e)}>
        <ul className="settings-list">
          <li>
            <label>
              <input type="checkbox" checked={draft.workedOn} onChange={(e) => setDraft({ ...draft, workedOn: e.target.checked })} disabled={outcome.busy} />{' '}
              {t('settings.req.workedOn')}
            </label>
          </li>
          {COUNT_REQUIREMENTS.map((k) => (
            <li key={k}>
              <label htmlFor={`req-${k}`}>{t(`settings.req.${k}`)}</label>
              <input
                id={`req-${k}`}
                type="number"
                min={0}
                step={1}
                value={draft.counts[k]}
                onChange={(e) => setDraft({ ...draft, counts: { ...draft.counts, [k]: e.target.value } })}
                disabled={outcome.busy}
                aria-invalid={invalid[k] !== undefined}
                aria-describedby={invalid[k] ? `req-${k}-invalid` : undefined}
              />
              {invalid[k] && (
                <span id={`req-${k}-invalid`} className="form-error">
                  {t('settings.range', { min: invalid[k].min, max: invalid[k].max })}
                </span>
              )}
            </li>
          ))}
        </ul>
        <button type="submit" className="button button-primary" disabled={outcome.busy || invalidCount > 0 || Object.keys(change).length === 0}>
          {t('settings.save')}
        </button>
      </form>
      <Outcome outcome={outcome} />
    </section>
  );
}

function Outcome({ outcome }: { outcome: Outcome }) {
  const t = useT();
  if (outcome.error)
    return (
      <p className="form-error" role="alert">
        {t('settings.failed', { message: outcome.error })}
      </p>
    );
  return outcome.done ? (
    <p className="form-ok" role="status">
      {t('settings.saved')}
    </p>
  ) : null;
}
