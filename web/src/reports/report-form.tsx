import { useState, type FormEvent } from 'react';
import { REPORT_ACTIVITIES, type GridApiProps, type ReportResponse } from '@wangge/geodata';
import { ApiRequestError } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { useT } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/zh.ts';
import type { Message } from './countdown.ts';
import { ACTIVITY_LABELS, draftFrom, payloadOf, toggleActivity, workDays, type ReportDraft } from './report-form-model.ts';
import { ReportPhotos } from './report-photos.tsx';
import { useReports } from './reports.store.ts';

/** The counted fields of a report, each with the range the API accepts. */
const NUMBER_FIELDS: readonly { name: 'participants' | 'hours' | 'problemsFound' | 'problemsFixed'; label: MessageKey; max: number; step: number }[] = [
  { name: 'participants', label: 'form.participants', max: 1000, step: 1 },
  { name: 'hours', label: 'form.hours', max: 72, step: 0.5 },
  { name: 'problemsFound', label: 'form.problemsFound', max: 10000, step: 1 },
  { name: 'problemsFixed', label: 'form.problemsFixed', max: 10000, step: 1 },
];

interface Props {
  id: string;
  grid: GridApiProps;
  week: string;
  report: ReportResponse | null;
}

type Outcome = { kind: 'saved'; message: Message } | { kind: 'error'; message: Message } | { kind: 'conflict' };

/** The week's report for one grid: a new one, or an edit of the stored one (sent with its revision). */
export function ReportForm({ id, grid, week, report }: Props) {
  const t = useT();
  const submit = useReports((s) => s.submit);
  const loadWeek = useReports((s) => s.loadWeek);
  const [draft, setDraft] = useState<ReportDraft>(() => draftFrom(report, week));
  // the revision this draft started from; a save or a reload moves it on
  const [baseRevision, setBaseRevision] = useState(report?.revision);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const days = workDays(week);
  const field = (key: keyof ReportDraft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });

  const send = async (e: FormEvent) => {
    e.preventDefault();
    const payload = payloadOf(draft, { gridId: grid.id, week, revision: baseRevision });
    if (!payload.ok) {
      setOutcome({ kind: 'error', message: { key: payload.error } });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const { report: saved, created } = await submit(payload.body);
      setBaseRevision(saved.revision);
      setOutcome({
        kind: 'saved',
        message: created ? { key: 'form.created', params: { status: t(`status.${saved.status}`) } } : { key: 'form.updated', params: { revision: saved.revision } },
      });
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 409) setOutcome({ kind: 'conflict' });
      else setOutcome({ kind: 'error', message: { key: 'form.failed', params: { message: errorMessage(err) } } });
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    await loadWeek(week, { force: true });
    const load = useReports.getState().byWeek[week];
    const fresh = load?.state === 'ready' ? (load.data.find((r) => r.gridId === grid.id) ?? null) : null;
    setDraft(draftFrom(fresh, week));
    setBaseRevision(fresh?.revision);
    setOutcome(null);
  };

  return (
    <div className="report-form-wrap" id={id}>
      <form className="report-form" onSubmit={send} aria-label={t('form.title', { grid: grid.name })}>
        <div className="form-grid">
          <label className="field">
            <span>{t('form.workedOn')}</span>
            <input type="date" name="workedOn" min={days.min} max={days.max} value={draft.workedOn} onChange={field('workedOn')} />
          </label>
          {NUMBER_FIELDS.map((f) => (
            <label key={f.name} className="field">
              <span>{t(f.label)}</span>
              <input type="number" name={f.name} inputMode={f.step < 1 ? 'decimal' : 'numeric'} min={0} max={f.max} step={f.step} value={draft[f.name]} onChange={field(f.name)} />
            </label>
          ))}
        </div>
        <fieldset className="activities">
          <legend>{t('form.activities')}</legend>
          {REPORT_ACTIVITIES.map((a) => (
            <label key={a} className="check">
              <input type="checkbox" checked={draft.activities.includes(a)} onChange={() => setDraft({ ...draft, activities: toggleActivity(draft.activities, a) })} />
              <span>{t(ACTIVITY_LABELS[a])}</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('form.content')}</span>
          <textarea name="content" rows={3} maxLength={5000} placeholder={t('form.contentPlaceholder')} value={draft.content} onChange={field('content')} />
        </label>
        {outcome?.kind === 'error' && (
          <p className="form-error" role="alert">
            {t(outcome.message.key, outcome.message.params)}
          </p>
        )}
        {outcome?.kind === 'conflict' && (
          <div className="form-error" role="alert">
            <p>{t('form.conflictUnknown')}</p>
            <button type="button" className="button button-small" onClick={reload}>
              {t('form.reload')}
            </button>
          </div>
        )}
        {outcome?.kind === 'saved' && (
          <p className="form-ok" role="status">
            {t(outcome.message.key, outcome.message.params)}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('form.saving') : baseRevision !== undefined ? t('form.update') : t('form.submit')}
          </button>
        </div>
      </form>
      <ReportPhotos reportId={report?.id ?? null} />
    </div>
  );
}
