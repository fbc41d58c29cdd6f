import type { Defect } from '../coverage/defects.ts';
import { useT } from '../i18n/lang.ts';
import { applyPreview, gridFromGap, previewGapFix, previewOverlapFix } from './edit-actions.ts';
import { useEdit } from './edit.store.ts';

/** Under a gap or an overlap in the live list: preview a fix, then apply or drop it. */
export function DefectFixes({ defect }: { defect: Defect }) {
  const t = useT();
  const preview = useEdit((s) => (s.preview?.key === defect.key ? s.preview : null));
  const grids = useEdit((s) => s.grids);
  const name = (id: string) => grids.find((g) => g.properties.id === id)?.properties.name ?? id;
  if (preview) {
    return (
      <div className="defect-fix" role="group" aria-label={t('edit.fix.preview')}>
        <p>{preview.summary}</p>
        <button type="button" className="button button-primary button-small" onClick={applyPreview}>
          {t('edit.fix.apply')}
        </button>
        <button type="button" className="button button-small" onClick={() => useEdit.getState().setPreview(null)}>
          {t('edit.fix.cancel')}
        </button>
      </div>
    );
  }
  if (defect.kind === 'gap') {
    return (
      <div className="defect-fix">
        <button type="button" className="button button-small" onClick={() => previewGapFix(defect)}>
          {t('edit.fix.gap')}
        </button>
        <button type="button" className="button button-small" onClick={() => gridFromGap(defect)}>
          {t('edit.fix.newGrid')}
        </button>
      </div>
    );
  }
  if (defect.kind === 'overlap') {
    return (
      <div className="defect-fix">
        {defect.grids.map((id) => (
          <button key={id} type="button" className="button button-small" onClick={() => previewOverlapFix(defect, id)}>
            {t('edit.fix.overlapFrom', { name: name(id) })}
          </button>
        ))}
      </div>
    );
  }
  return null;
}
