import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { useDismiss } from '../header/use-dismiss.ts';
import { useLocale, useT } from '../i18n/lang.ts';
import { useOutbox } from './outbox.store.ts';
import { useOnline } from './use-online.ts';
import './offline.css';

const OutboxPanel = lazy(() => import('./outbox-panel.tsx').then((m) => ({ default: m.OutboxPanel })));

/** How long "kept for later" stays beside the badge. */
const NOTICE_MS = 6_000;

/** The header's 待同步 badge: how many writes wait on this device (or that it is offline), opening the queue. */
export function OutboxBadge() {
  const t = useT();
  const { items, open, justQueued, cachedAt } = useOutbox();
  // an answer from the offline cache means the server is out of reach, whatever navigator.onLine says
  const online = useOnline() && cachedAt === null;
  const locale = useLocale();
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => useOutbox.setState({ open: false }), []);
  useDismiss(open, close, root);

  useEffect(() => {
    if (!justQueued) return;
    const timer = setTimeout(() => useOutbox.setState({ justQueued: false }), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [justQueued]);

  const cacheAge = cachedAt !== null && (
    <p className="cache-age" role="status">
      {t('offline.cacheAge', { time: new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' }).format(cachedAt) })}
    </p>
  );
  if (items.length === 0 && online && !open) return cacheAge || null;
  const attention = items.some((i) => i.state === 'conflict' || i.state === 'refused');
  return (
    <div className="outbox" ref={root}>
      <button
        type="button"
        className="header-button outbox-button"
        data-offline={!online}
        data-attention={attention}
        data-waiting={items.length > 0}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={online ? t('outbox.badgeLabel', { count: items.length }) : `${t('outbox.offline')} · ${t('outbox.badgeLabel', { count: items.length })}`}
        onClick={() => useOutbox.setState({ open: !open })}
      >
        {!online && <span className="outbox-offline">{t('outbox.offline')}</span>}
        {items.length > 0 && (
          <span className="outbox-count">
            <span className="outbox-long">{t('outbox.badge', { count: items.length })}</span>
            <span className="outbox-short" aria-hidden="true">
              {t('outbox.badgeShort', { count: items.length })}
            </span>
          </span>
        )}
      </button>
      <p className="outbox-notice" role="status">
        {justQueued ? t('outbox.queued') : ''}
      </p>
      {cacheAge}
      {open && (
        <Suspense fallback={null}>
          <OutboxPanel />
        </Suspense>
      )}
    </div>
  );
}
