import { ASSESSMENT_RESULT_LIST, type AssessmentResult, type ChecklistItem } from '@wangge/geodata';
import { useT } from '../../i18n/lang.ts';
import type { ItemDraft } from './scoring-form.ts';

interface Props {
  item: ChecklistItem;
  draft: ItemDraft;
  photoOnFile: boolean;
  onChange: (draft: ItemDraft) => void;
}

/** One checklist item: pass / fail / not applicable, a note, and a photo picker where the item needs one. */
export function ItemRow({ item, draft, photoOnFile, onChange }: Props) {
  const t = useT();
  const pick = (result: AssessmentResult) => onChange({ ...draft, result });
  return (
    <li className="scoring-item" data-item={item.id}>
      <p className="scoring-item-text">
        {item.text}
        <span className="muted"> · {t('assessment.weight', { weight: item.weight })}</span>
        {item.needsPhoto && <span className="scoring-badge"> {t('assessment.needsPhoto')}</span>}
      </p>
      <div className="scoring-results" role="radiogroup" aria-label={item.text}>
        {ASSESSMENT_RESULT_LIST.map((r) => (
          <button key={r} type="button" role="radio" aria-checked={draft.result === r} data-result={r} onClick={() => pick(r)}>
            {t(`assessment.result.${r}`)}
          </button>
        ))}
      </div>
      <input
        className="scoring-note"
        type="text"
        placeholder={t('assessment.note')}
        aria-label={`${t('assessment.note')} ${item.text}`}
        value={draft.note}
        maxLength={500}
        onChange={(e) => onChange({ ...draft, note: e.target.value })}
      />
      {item.needsPhoto && (
        <label className="scoring-photo">
          <span>{t('assessment.photo')}</span>
          <input
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            aria-label={`${t('assessment.photo')} ${item.text}`}
            onChange={(e) => onChange({ ...draft, photos: [...(e.target.files ?? [])] })}
          />
          {draft.photos.length > 0 && <span className="muted">{t('assessment.photosPicked', { count: draft.photos.length })}</span>}
          {draft.photos.length === 0 && photoOnFile && <span className="muted">{t('assessment.photoOnFile')}</span>}
        </label>
      )}
    </li>
  );
}
