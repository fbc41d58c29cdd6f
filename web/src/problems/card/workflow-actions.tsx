import { useState } from 'react';
import type { ProblemDetailResponse } from '@wangge/geodata';
import { useT } from '../../i18n/lang.ts';
import { useSession } from '../../session/session.store.ts';
import { allowedSteps, type ProblemStep } from '../problem-actions.ts';
import { actionLabel } from '../problem-labels.ts';
import { useProblemCard } from '../card.store.ts';
import { PhotoInput, photosOk } from './photo-input.tsx';

/** The step buttons this user may take; choosing one asks for an optional note and photos, then sends it. */
export function WorkflowActions({ problem }: { problem: ProblemDetailResponse }) {
  const t = useT();
  const { me } = useSession();
  const busy = useProblemCard((s) => s.busy);
  const error = useProblemCard((s) => s.actionError);
  const take = useProblemCard((s) => s.take);
  const [chosen, setChosen] = useState<ProblemStep | null>(null);
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const steps = allowedSteps(problem, me);

  const reset = () => {
    setChosen(null);
    setNote('');
    setPhotos([]);
  };

  if (!me) {
    if (problem.status === 'verified') return null;
    return <p className="muted problem-login-hint">{t('problemCard.loginToAct')}</p>;
  }
  if (steps.length === 0 && !error) return null;

  return (
    <section className="panel-section" aria-labelledby="problem-actions">
      <h3 id="problem-actions">{t('problemCard.actions')}</h3>
      {!chosen && (
        <div className="step-buttons">
          {steps.map((step) => (
            <button key={step.action} type="button" className={`button step-button step-${step.action}`} onClick={() => setChosen(step)}>
              {actionLabel(t, step.action)}
            </button>
          ))}
        </div>
      )}
      {chosen && (
        <form
          className="step-form"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await take(chosen, note, photos)) reset();
          }}
        >
          <label className="field">
            <span>{t('problemStep.note')}</span>
            <textarea value={note} rows={2} maxLength={2000} onChange={(e) => setNote(e.target.value)} disabled={busy} />
          </label>
          <PhotoInput label={t('problemStep.photos')} photos={photos} onChange={setPhotos} disabled={busy} />
          <div className="form-buttons">
            <button type="submit" className="button button-primary" disabled={busy || !photosOk(photos)}>
              {busy ? t('problemStep.sending') : t('problemStep.confirm', { action: actionLabel(t, chosen.action) })}
            </button>
            <button type="button" className="button" onClick={reset} disabled={busy}>
              {t('problemStep.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="panel-error" role="alert">
          {t('problemStep.failed', { message: error })}
        </p>
      )}
    </section>
  );
}
