import { useState } from 'react';
import type { Checklist, ResultResponse, SampledPoint } from '@wangge/geodata';
import { errorMessage } from '../../api/error-message.ts';
import { useT } from '../../i18n/lang.ts';
import type { MessageKey } from '../../i18n/zh.ts';
import { FiledProblems } from './filed-problems.tsx';
import { ItemRow } from './item-row.tsx';
import { withItemTexts } from './item-texts.ts';
import { scoringApi } from './scoring-api.ts';
import { buildSubmission, draftFrom, draftGaps, itemDraft, photosOnFile, type PointDraft } from './scoring-form.ts';

interface Props {
  roundId: string;
  point: SampledPoint;
  gridCode: string | null;
  checklist: Checklist | undefined;
  previous: ResultResponse | undefined;
  onSubmitted: (result: ResultResponse) => void;
  onBack: () => void;
}

/** One sampled point scored against its kind's checklist; a refusal is shown worded, a success marks the point done. */
export function PointScoring({ roundId, point, gridCode, checklist, previous, onSubmitted, onBack }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<PointDraft>(() => draftFrom(previous));
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const items = checklist?.items ?? [];
  const onFile = photosOnFile(previous);
  const gaps = draftGaps(items, draft, onFile);
  const ready = items.length > 0 && gaps.unscored.length === 0;

  const submit = async () => {
    setSending(true);
    setError(null);
    try {
      onSubmitted(await scoringApi.submit(roundId, buildSubmission(point.pointId, items, draft)));
      setDraft((d) => Object.fromEntries(Object.entries(d).map(([id, x]) => [id, { ...x, photos: [] }])));
    } catch (err) {
      setError(errorMessage(withItemTexts(err, items)));
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="scoring-point" data-point={point.pointId}>
      <button type="button" className="button button-small" onClick={onBack}>
        {t('assessment.back')}
      </button>
      <h3 className="drawer-h3">{point.name}</h3>
      <p className="assessment-meta muted">
        {t(`assessment.kind.${point.kind}` as MessageKey)} · {gridCode ?? t('assessment.outsideGrids')}
      </p>
      {items.length === 0 && <p className="drawer-note">{t('assessment.noChecklist')}</p>}
      <ol className="scoring-items">
        {items.map((item) => (
          <ItemRow key={item.id} item={item} draft={itemDraft(draft, item.id)} photoOnFile={onFile.has(item.id)} onChange={(d) => setDraft((all) => ({ ...all, [item.id]: d }))} />
        ))}
      </ol>
      {previous && <p className="assessment-meta">{t('assessment.submittedAt', { at: new Date(previous.submittedAt).toLocaleString() })}</p>}
      {previous && <FiledProblems result={previous} checklist={checklist} />}
      {gaps.unscored.length > 0 && <p className="assessment-meta muted">{t('assessment.unscored', { count: gaps.unscored.length })}</p>}
      {gaps.photoMissing.length > 0 && <p className="assessment-meta muted">{t('assessment.photoMissing', { count: gaps.photoMissing.length })}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button button-primary" disabled={!ready || sending} onClick={() => void submit()}>
        {sending ? t('assessment.submitting') : t('assessment.submit')}
      </button>
    </div>
  );
}
