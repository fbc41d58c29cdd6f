import { useState } from 'react';
import { ApiRequestError } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { useLocale, useT } from '../i18n/lang.ts';
import { editApi, type GridHistoryEntry } from './edit-api.ts';
import { useEdit } from './edit.store.ts';
import { useGridHistory } from './history.store.ts';
import { afterCommit } from './save.store.ts';
import { useData } from '../state/data.store.ts';

/** The version an entry leads to, and the version before it. */
const versions = (e: GridHistoryEntry) => ({ from: e.before?.version ?? null, to: e.after?.version ?? null });

/**
 * The selected grid's recorded changes (who, when, what); a version can be drawn on the map and
 * restored, which the server records as a new change.
 */
export function GridHistory({ gridId, version, edited }: { gridId: string; version: number; edited: boolean }) {
  const t = useT();
  const locale = useLocale();
  const history = useGridHistory();
  const [failed, setFailed] = useState<string | null>(null);
  /** a restore the server refused because it makes coverage worse, waiting for "restore anyway" */
  const [worse, setWorse] = useState<{ toVersion: number; message: string } | null>(null);
  const open = history.gridId === gridId;

  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => void history.open(gridId)}>
        {t('edit.history.show')}
      </button>
    );
  }
  const restore = async (toVersion: number, confirmWorse = false) => {
    setFailed(null);
    setWorse(null);
    try {
      await editApi.restore(gridId, toVersion, version, confirmWorse);
      await afterCommit();
      const fresh = useData.getState().grids;
      if (fresh) useEdit.getState().reapply(fresh);
      void history.open(gridId);
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 422 && err.code === 'coverage_worse') setWorse({ toVersion, message: errorMessage(err) });
      else setFailed(errorMessage(err));
    }
  };
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(iso));

  return (
    <section className="grid-history" aria-label={t('edit.history.title')}>
      <h4>{t('edit.history.title')}</h4>
      {history.entries?.state === 'loading' && <p className="muted">{t('drawer.loading')}</p>}
      {history.entries?.state === 'error' && <p role="alert">{t('drawer.failed', { message: history.entries.message })}</p>}
      {edited && <p className="muted">{t('edit.history.editedFirst')}</p>}
      {failed && <p role="alert">{t('edit.history.restoreFailed', { message: failed })}</p>}
      {worse && (
        <div className="save-note bad" role="alert">
          <p>{t('edit.history.worse', { version: worse.toVersion })}</p>
          <p className="save-detail">{worse.message}</p>
          <button type="button" className="button button-small danger" onClick={() => void restore(worse.toVersion, true)}>
            {t('edit.history.restoreAnyway')}
          </button>
        </div>
      )}
      {history.entries?.state === 'ready' && history.entries.data.length === 0 && <p className="muted">{t('edit.history.none')}</p>}
      {history.entries?.state === 'ready' && (
        <ol className="history-list">
          {history.entries.data.map((e) => {
            const v = versions(e);
            // what restoring would bring back: the shape before the change (a new grid has only an after)
            const geometry = e.before?.geometry ?? e.after?.geometry;
            const restorable = !edited && v.from !== null && e.before?.geometry && v.from !== version;
            return (
              <li key={e.id} aria-current={history.shown?.entry === e.id ? 'true' : undefined}>
                <button type="button" className="history-entry" onClick={() => history.show(geometry && history.shown?.entry !== e.id ? { entry: e.id, geometry } : null)}>
                  <span>{t(`edit.history.${e.action === 'create' || e.action === 'retire' ? e.action : 'update'}`)}</span>
                  <span className="muted">
                    {when(e.at)} · {e.userId}
                  </span>
                  <span className="muted">{t('edit.history.versions', { from: v.from ?? '—', to: v.to ?? '—' })}</span>
                </button>
                {restorable && (
                  <button type="button" className="button button-small" onClick={() => void restore(v.from!)}>
                    {t('edit.history.restore', { version: v.from! })}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
