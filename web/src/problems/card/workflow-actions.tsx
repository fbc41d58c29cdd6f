import { useState } from 'react';
import { ASSIGN_ACTIONS, NOTE_ACTION, type ProblemDetailResponse, type ProblemStatus } from '@wangge/geodata';
import { useT } from '../../i18n/lang.ts';
import { useSession } from '../../session/session.store.ts';
import { allowedSteps, mayAddNote, type ProblemStep } from '../problem-actions.ts';
import { actionLabel } from '../problem-labels.ts';
import { useProblemCard } from '../card.store.ts';
import { stepErrorText, stepRequest, type OwnerForm, type Refusal } from '../step-request.ts';
import { AssignFields } from './assign-fields.tsx';
import { ownerFormOf } from './owner-choices.ts';
import { PhotoInput, photosOk } from './photo-input.tsx';

/** A step the user chose, or a note (no status change). */
type Chosen = ProblemStep | typeof NOTE;
const NOTE = { action: NOTE_ACTION, to: null } as const;

/**
 * The step buttons this user may take (and 补充说明 for those who may add a note); choosing one
 * asks for what the step needs — the owner for 交办, a reason for 退回, a note and photos — and
 * sends it with its photos in one request.
 */
export function WorkflowActions({ problem }: { problem: ProblemDetailResponse }) {
  const t = useT();
  const { me } = useSession();
  const busy = useProblemCard((s) => s.busy);
  const error = useProblemCard((s) => s.actionError);
  const take = useProblemCard((s) => s.take);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [owner, setOwner] = useState<OwnerForm>(() => ownerFormOf(problem));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const steps = allowedSteps(problem, me);
  const canNote = mayAddNote(problem, me);

  const reset = () => {
    setChosen(null);
    setNote('');
    setPhotos([]);
    setRefusal(null);
  };
  const choose = (c: Chosen) => {
    setChosen(c);
    setRefusal(null);
    if (ASSIGN_ACTIONS.includes(c.action)) setOwner(ownerFormOf(problem));
  };

  if (!me) {
    if (problem.status === 'verified') return null;
    return <p className="muted problem-login-hint">{t('problemCard.loginToAct')}</p>;
  }
  if (steps.length === 0 && !canNote && !error) return null;

  const noteLabel = chosen?.action === 'return' ? t('problemStep.returnNote') : chosen?.action === NOTE_ACTION ? t('problemStep.noteText') : t('problemStep.note');

  return (
    <section className="panel-section" aria-labelledby="problem-actions">
      <h3 id="problem-actions">{t('problemCard.actions')}</h3>
      {!chosen && (
        <div className="step-buttons">
          {steps.map((step) => (
            <button key={`${step.action}-${step.to}`} type="button" className={`button step-button step-${step.action}`} onClick={() => choose(step)}>
              {actionLabel(t, step.action)}
            </button>
          ))}
          {canNote && (
            <button type="button" className="button step-button step-note" onClick={() => choose(NOTE)}>
              {actionLabel(t, NOTE_ACTION)}
            </button>
          )}
        </div>
      )}
      {chosen && (
        <form
          className="step-form"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const owned = ASSIGN_ACTIONS.includes(chosen.action) ? owner : null;
            const req = stepRequest(chosen === NOTE ? null : chosen.action, chosen.to, problem.status as ProblemStatus, { note, photoCount: photos.length, owner: owned });
            if (!req.ok) return setRefusal(req.refusal);
            setRefusal(null);
            if (await take(req.body, photos)) reset();
          }}
        >
          {ASSIGN_ACTIONS.includes(chosen.action) && (
            <AssignFields
              problem={problem}
              value={owner}
              onChange={(v) => {
                setOwner(v);
                setRefusal(null);
              }}
              disabled={busy}
            />
          )}
          <label className="field">
            <span>{noteLabel}</span>
            <textarea
              value={note}
              rows={2}
              maxLength={2000}
              onChange={(e) => {
                setNote(e.target.value);
                setRefusal(null);
              }}
              disabled={busy}
            />
          </label>
          <PhotoInput label={t('problemStep.photos')} photos={photos} onChange={setPhotos} disabled={busy} />
          {refusal && (
            <p className="panel-error" role="alert">
              {t(refusal.key, refusal.params)}
            </p>
          )}
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
          {stepErrorText(t, error)}
        </p>
      )}
    </section>
  );
}
