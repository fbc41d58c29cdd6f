import { useEffect, useRef, useState, type FormEvent } from 'react';
import { REPORT_ACTIVITIES, contentLength, shanghaiDate, type GridApiProps, type PhotoInfo, type ReportIncompleteDetails, type ReportIssue, type ReportResponse } from '@wangge/geodata';
import { ApiRequestError } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { useT } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { newClientId } from '../offline/client-id.ts';
import { OUTBOX_KINDS } from '../offline/outbox-item.ts';
import { isNetworkError, queueWrite } from '../offline/queue-write.ts';
import type { Message } from './countdown.ts';
import { pickPhotos } from './photo-check.ts';
import { ACTIVITY_LABELS, draftFrom, draftIssues, payloadOf, toggleActivity, workDays, type ReportDraft } from './report-form-model.ts';
import { issueMessage, refusalOf } from './report-issues.ts';
import { ReportPhotoPicker, type PickedPhoto } from './report-photo-picker.tsx';
import { ReportVersions } from './report-versions.tsx';
import { RequirementList } from './requirement-list.tsx';
import { useReports } from './reports.store.ts';
import { serverNow } from './server-now.ts';
import { shrinkPhoto } from './shrink-photo.ts';

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

type Outcome = { kind: 'saved'; message: Message } | { kind: 'error'; messages: Message[]; title?: MessageKey } | { kind: 'conflict'; message: Message };

let pickSeq = 0;

/**
 * The week's report for one grid, sent in one request with its photos: a new one, or a new version
 * of the stored one (sent with the revision it starts from and the stored photos it drops). The
 * county's requirements are listed and checked as the reporter types, by the rule the server applies.
 */
export function ReportForm({ id, grid, week, report }: Props) {
  const t = useT();
  const submit = useReports((s) => s.submit);
  const loadWeek = useReports((s) => s.loadWeek);
  const requirementsLoad = useReports((s) => s.requirements);
  const loadRequirements = useReports((s) => s.loadRequirements);
  const setRequirements = useReports((s) => s.setRequirements);
  const [draft, setDraft] = useState<ReportDraft>(() => draftFrom(report, week));
  // the revision this draft started from; a save or a reload moves it on
  const [baseRevision, setBaseRevision] = useState(report?.revision);
  const [stored, setStored] = useState<readonly PhotoInfo[]>(report?.photos ?? []);
  const [kept, setKept] = useState<readonly PhotoInfo[]>(report?.photos ?? []);
  const [picked, setPicked] = useState<readonly PickedPhoto[]>([]);
  const [savedId, setSavedId] = useState(report?.id ?? null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const pickedRef = useRef(picked);
  pickedRef.current = picked;
  const today = shanghaiDate(serverNow());
  const days = workDays(week, today);
  const requirements = requirementsLoad?.state === 'ready' ? requirementsLoad.data : null;
  const photoCount = kept.length + picked.length;
  const issues: ReportIssue[] = requirements ? draftIssues(draft, week, photoCount, requirements, today) : [];
  const field = (key: keyof ReportDraft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });

  useEffect(() => {
    void loadRequirements();
  }, [loadRequirements]);
  // local thumbnails hold memory until revoked
  useEffect(() => () => pickedRef.current.forEach((p) => URL.revokeObjectURL(p.url)), []);

  const addPhotos = async (files: File[]) => {
    const shrunk = await Promise.all(files.map(shrinkPhoto));
    const { added, refused } = pickPhotos(photoCount, shrunk);
    setPicked((list) => [...list, ...added.map((file) => ({ key: `p${++pickSeq}`, file, url: URL.createObjectURL(file) }))]);
    setOutcome(refused.length ? { kind: 'error', messages: refused } : null);
  };
  const removePicked = (key: string) =>
    setPicked((list) => {
      list.filter((p) => p.key === key).forEach((p) => URL.revokeObjectURL(p.url));
      return list.filter((p) => p.key !== key);
    });

  const startFrom = (saved: ReportResponse | null) => {
    picked.forEach((p) => URL.revokeObjectURL(p.url));
    setPicked([]);
    setStored(saved?.photos ?? []);
    setKept(saved?.photos ?? []);
    setBaseRevision(saved?.revision);
    setSavedId(saved?.id ?? null);
  };

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (issues.length) {
      setOutcome({ kind: 'error', title: 'form.notSent', messages: issues.map(issueMessage) });
      return;
    }
    const removePhotos = stored.filter((p) => !kept.some((k) => k.id === p.id)).map((p) => p.id);
    const payload = payloadOf(draft, { gridId: grid.id, week, revision: baseRevision, removePhotos });
    if (!payload.ok) {
      setOutcome({ kind: 'error', messages: [{ key: payload.error }] });
      return;
    }
    setBusy(true);
    setOutcome(null);
    const body = { ...payload.body, clientId: newClientId() };
    const files = picked.map((p) => p.file);
    try {
      const { report: saved, created } = await submit(body, files);
      startFrom(saved);
      setOutcome({
        kind: 'saved',
        message: created ? { key: 'form.created', params: { status: t(`status.${saved.status}`) } } : { key: 'form.updated', params: { revision: saved.revision } },
      });
    } catch (err) {
      // no connection: the report waits in the outbox and goes when the connection returns
      if (isNetworkError(err) && (await queueWrite({ kind: OUTBOX_KINDS.report, body, photos: files }))) {
        setOutcome({ kind: 'saved', message: { key: 'outbox.queued' } });
        return;
      }
      if (!(err instanceof ApiRequestError)) {
        setOutcome({ kind: 'error', messages: [{ key: 'form.failed', params: { message: errorMessage(err) } }] });
        return;
      }
      const refusal = refusalOf(err);
      if (refusal.kind === 'incomplete') {
        setRequirements((err.details as unknown as ReportIncompleteDetails).requirements);
        setOutcome({ kind: 'error', title: 'form.notSent', messages: refusal.issues.map(issueMessage) });
      } else if (refusal.kind === 'conflict') setOutcome({ kind: 'conflict', message: refusal.message });
      else setOutcome({ kind: 'error', messages: [refusal.message] });
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    await loadWeek(week, { force: true });
    const load = useReports.getState().byWeek[week];
    const fresh = load?.state === 'ready' ? (load.data.find((r) => r.gridId === grid.id) ?? null) : null;
    setDraft(draftFrom(fresh, week));
    startFrom(fresh);
    setOutcome(null);
  };

  const chars = contentLength(draft.content);
  return (
    <div className="report-form-wrap" id={id}>
      <form className="report-form" onSubmit={send} aria-label={t('form.title', { grid: grid.name })} noValidate>
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
          <span className="field-label-row">
            {t('form.content')}
            {requirements && requirements.minContentChars > 0 && (
              <span className="char-count" data-met={chars >= requirements.minContentChars}>
                {t('form.contentCount', { have: chars, need: requirements.minContentChars })}
              </span>
            )}
          </span>
          <textarea name="content" rows={3} maxLength={5000} placeholder={t('form.contentPlaceholder')} value={draft.content} onChange={field('content')} />
        </label>
        <ReportPhotoPicker kept={kept} picked={picked} onAdd={addPhotos} onRemoveKept={(pid) => setKept(kept.filter((p) => p.id !== pid))} onRemovePicked={removePicked} busy={busy} />
        {requirements && <RequirementList requirements={requirements} issues={issues} />}
        {outcome?.kind === 'error' && (
          <div className="form-error" role="alert">
            {outcome.title && <p>{t(outcome.title)}</p>}
            {outcome.messages.length === 1 && !outcome.title ? (
              <p>{t(outcome.messages[0].key, outcome.messages[0].params)}</p>
            ) : (
              <ul>
                {outcome.messages.map((m, i) => (
                  <li key={i}>{t(m.key, m.params)}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {outcome?.kind === 'conflict' && (
          <div className="form-error" role="alert">
            <p>{t(outcome.message.key, outcome.message.params)}</p>
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
      {savedId !== null && baseRevision !== undefined && <ReportVersions reportId={savedId} revision={baseRevision} />}
    </div>
  );
}
