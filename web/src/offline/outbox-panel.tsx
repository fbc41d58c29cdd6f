import { ApiRequestError } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { useLocale, useT, type T } from '../i18n/lang.ts';
import { categoryLabel } from '../problems/problem-labels.ts';
import { stepErrorText } from '../problems/step-request.ts';
import { useSession } from '../session/session.store.ts';
import { useView } from '../state/view.store.ts';
import { outbox } from './outbox.ts';
import { OUTBOX_KINDS, type OutboxItem } from './outbox-item.ts';
import { useOutbox } from './outbox.store.ts';
import { useOnline } from './use-online.ts';

/** The queue: each waiting write with its state, 立即同步, and what to do about a conflict. */
export function OutboxPanel() {
  const t = useT();
  const locale = useLocale();
  const me = useSession().me;
  const { items, syncing, lastSync, cachedAt } = useOutbox();
  const online = useOnline() && cachedAt === null;
  const time = (ms: number) => new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' }).format(ms);

  return (
    <div className="header-panel outbox-panel" role="dialog" aria-label={t('outbox.title')}>
      <header className="header-panel-head">
        <strong>{t('outbox.title')}</strong>
        <button type="button" className="button button-small button-primary" disabled={syncing || !me || items.length === 0} onClick={() => void outbox.sync()}>
          {syncing ? t('outbox.syncing') : t('outbox.syncNow')}
        </button>
      </header>
      {!online && <p className="outbox-note">{t('outbox.offlineNote')}</p>}
      {items.length > 0 && !me && <p className="outbox-note">{t('outbox.loginToSend')}</p>}
      {lastSync !== null && <p className="outbox-note">{t('outbox.lastSync', { time: time(lastSync) })}</p>}
      {items.length === 0 ? (
        <p className="outbox-note">{t('outbox.empty')}</p>
      ) : (
        <ul className="outbox-list">
          {items.map((item) => (
            <li key={item.id} className="outbox-item" data-state={item.state}>
              <OutboxRow item={item} mine={me?.username === item.user} when={time(item.createdAt)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function summary(t: T, item: OutboxItem): string {
  if (item.kind === OUTBOX_KINDS.file) return `${categoryLabel(t, item.body.category)} · ${item.body.description}`;
  if (item.kind === OUTBOX_KINDS.step) {
    const about = item.about ? `${categoryLabel(t, item.about.category)} · ${item.about.description}` : item.problemId;
    return t('outbox.stepTo', { problem: about, status: item.body.status ? t(`problemStatus.${item.body.status}`) : t('problemAction.note') });
  }
  return t('outbox.reportOf', { grid: item.body.gridId, week: item.body.week });
}

/** The problem a refused item is about, to open and see where it stands now. */
function problemOf(item: OutboxItem): string | null {
  if (item.kind === OUTBOX_KINDS.step) return item.problemId;
  if (item.kind === OUTBOX_KINDS.file) return item.filed?.id ?? null;
  return null;
}

function OutboxRow({ item, mine, when }: { item: OutboxItem; mine: boolean; when: string }) {
  const t = useT();
  const facts = [
    item.photos.length > 0 &&
      (item.kind === OUTBOX_KINDS.file && item.filed ? t('outbox.photosSent', { sent: item.photosSent, count: item.photos.length }) : t('outbox.photos', { count: item.photos.length })),
    item.kind === OUTBOX_KINDS.file && item.accuracy !== null && t('outbox.accuracy', { metres: Math.round(item.accuracy) }),
  ].filter(Boolean);
  const problem = problemOf(item);
  const refused = item.state === 'conflict' || item.state === 'refused';
  // a step overtaken meanwhile is explained by the hint below; other refusals of a step in the card's words
  const stepConflict = item.state === 'conflict' && item.kind === OUTBOX_KINDS.step;
  const error =
    item.error && !stepConflict && (item.kind === OUTBOX_KINDS.step ? stepErrorText(t, item.error) : errorMessage(new ApiRequestError(item.error.status, item.error.code, item.error.message, null, item.error.details)));
  return (
    <>
      <div className="outbox-row-head">
        <span className="outbox-kind">{t(`outbox.kind.${item.kind}`)}</span>
        <span className="outbox-state" data-state={item.state}>
          {t(`outbox.state.${item.state}`)}
        </span>
      </div>
      <p className="outbox-summary">{summary(t, item)}</p>
      <p className="outbox-facts">{[when, ...facts].join(' · ')}</p>
      {!mine && <p className="outbox-note">{t('outbox.otherUser', { user: item.user })}</p>}
      {refused && (
        <div className="outbox-problem" role="alert">
          {error && <p>{error}</p>}
          {stepConflict && <p>{t('outbox.conflictHint')}</p>}
        </div>
      )}
      {(refused || !mine) && (
        <div className="outbox-actions">
          {problem && (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                useOutbox.setState({ open: false });
                useView.getState().openProblem(problem);
              }}
            >
              {t('outbox.open')}
            </button>
          )}
          {refused && mine && (
            <button type="button" className="button button-small" onClick={() => void outbox.retry(item.id)}>
              {t('outbox.retry')}
            </button>
          )}
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              if (window.confirm(t('outbox.discardConfirm'))) void outbox.discard(item.id);
            }}
          >
            {t('outbox.discard')}
          </button>
        </div>
      )}
    </>
  );
}
