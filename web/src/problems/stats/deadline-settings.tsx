import { useEffect, useState, type FormEvent } from 'react';
import { may, PROBLEM_CATEGORIES } from '@wangge/geodata';
import { isAbort } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useT } from '../../i18n/lang.ts';
import { policyUser } from '../../session/policy-user.ts';
import { useSession } from '../../session/session.store.ts';
import { categoryLabel } from '../problem-labels.ts';
import { problemsApi } from '../problems-api.ts';

type Hours = Readonly<Record<string, number>>;

/**
 * Hours to fix per category — what "overdue" in the counts above is measured against. Admins change
 * them here (for problems filed from then on); everyone else reads them.
 */
export function DeadlineSettings() {
  const t = useT();
  const admin = may(policyUser(useSession().me), 'deadlines.manage');
  const [saved, setSaved] = useState<Hours | null>(null);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [state, setState] = useState<{ busy: boolean; error: string | null; done: boolean }>({ busy: false, error: null, done: false });

  useEffect(() => {
    const controller = new AbortController();
    problemsApi.deadlines(controller.signal).then(
      (hours) => setSaved(hours),
      (err) => !isAbort(err) && setState((s) => ({ ...s, error: errorMessage(err) })),
    );
    return () => controller.abort();
  }, []);

  if (!saved) return state.error ? <p className="form-error" role="alert">{t('drawer.failed', { message: state.error })}</p> : null;
  const changed = Object.fromEntries(Object.entries(draft).filter(([c, v]) => v !== '' && Number(v) !== saved[c]).map(([c, v]) => [c, Number(v)]));
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setState({ busy: true, error: null, done: false });
    try {
      setSaved(await problemsApi.setDeadlines(changed));
      setDraft({});
      setState({ busy: false, error: null, done: true });
    } catch (err) {
      setState({ busy: false, error: errorMessage(err), done: false });
    }
  };

  return (
    <section className="deadline-settings" aria-labelledby="deadline-title">
      <h3 id="deadline-title" className="drawer-h3">
        {t('deadlines.title')}
      </h3>
      <p className="drawer-note">{admin ? t('deadlines.adminNote') : t('deadlines.note')}</p>
      <form onSubmit={(e) => void save(e)}>
        <ul className="deadline-list">
          {PROBLEM_CATEGORIES.map((c) => (
            <li key={c}>
              <label htmlFor={`deadline-${c}`}>{categoryLabel(t, c)}</label>
              {admin ? (
                <input
                  id={`deadline-${c}`}
                  type="number"
                  min={1}
                  max={720}
                  step={1}
                  value={draft[c] ?? String(saved[c])}
                  onChange={(e) => setDraft({ ...draft, [c]: e.target.value })}
                  disabled={state.busy}
                />
              ) : (
                <output id={`deadline-${c}`}>{saved[c]}</output>
              )}
              <span className="muted">{t('deadlines.hours')}</span>
            </li>
          ))}
        </ul>
        {admin && (
          <button type="submit" className="button button-primary" disabled={state.busy || Object.keys(changed).length === 0}>
            {t('deadlines.save')}
          </button>
        )}
      </form>
      {state.error && (
        <p className="form-error" role="alert">
          {t('deadlines.failed', { message: state.error })}
        </p>
      )}
      {state.done && (
        <p className="form-ok" role="status">
          {t('deadlines.saved')}
        </p>
      )}
    </section>
  );
}
