import { useT } from '../i18n/lang.ts';
import { useEdit } from './edit.store.ts';
import { useSave } from './save.store.ts';
import { pendingOf } from './unsaved.ts';
import { DroppedUnitsDialog, EffectiveChoice, SavedNote } from './review/save-review.tsx';

/** Unsaved count and the save button; what a 409 or 422 means, and the way on from each. */
export function SaveBar() {
  const t = useT();
  const pending = useEdit((s) => pendingOf(s.base?.features ?? null, s.grids));
  const save = useSave((s) => s.save);
  const notices = useSave((s) => s.notices);
  const { saveAll, reloadAndReapply, dismiss } = useSave.getState();
  const busy = save.state === 'saving';

  return (
    <div className="save-bar" aria-live="polite">
      <div className="save-row">
        <span className={pending ? 'save-count' : 'save-count muted'}>{pending ? t('edit.pending', { count: pending }) : t('edit.nothingPending')}</span>
        <button type="button" className="button button-primary button-small" disabled={busy || pending === 0} onClick={() => void saveAll()}>
          {busy ? t('edit.saving') : t('edit.save')}
        </button>
      </div>
      {pending > 0 && <EffectiveChoice />}
      {save.state === 'saved' && pending === 0 && <SavedNote count={save.count} effectiveWeek={save.effectiveWeek} rerouted={save.rerouted} />}
      {save.state === 'dropped' && <DroppedUnitsDialog dropped={save.dropped} onConfirm={() => void saveAll({ ...save.confirmed, dropUnits: true })} onCancel={dismiss} />}
      {save.state === 'conflict' && (
        <div className="save-note bad" role="alert">
          <p>{t('edit.conflict')}</p>
          <p className="save-detail">{save.message}</p>
          <button type="button" className="button button-small" onClick={() => void reloadAndReapply()}>
            {t('edit.reapply')}
          </button>
        </div>
      )}
      {save.state === 'worse' && (
        <div className="save-note bad" role="alert">
          <p>{t('edit.worse')}</p>
          <p className="save-detail">{save.message}</p>
          <div className="save-actions">
            <button type="button" className="button button-small danger" onClick={() => void saveAll({ ...save.confirmed, worse: true })}>
              {t('edit.saveAnyway')}
            </button>
            <button type="button" className="button button-small" onClick={dismiss}>
              {t('edit.keepEditing')}
            </button>
          </div>
        </div>
      )}
      {notices.length > 0 && (
        <div className="save-note warn" role="alert">
          <p>{t('edit.reapplied')}</p>
          <ul>
            {notices.map((n) => (
              <li key={`${n.kind}-${n.id}`}>{n.kind === 'code' ? t('edit.notice.code', { was: n.was, holder: n.holder, code: n.code }) : t(`edit.notice.${n.kind}`, { code: n.code })}</li>
            ))}
          </ul>
          <button type="button" className="button button-small" onClick={dismiss}>
            {t('edit.notice.ok')}
          </button>
        </div>
      )}
      {save.state === 'failed' && (
        <p className="save-note bad" role="alert">
          {t('edit.saveFailed', { message: save.message })}
        </p>
      )}
    </div>
  );
}
