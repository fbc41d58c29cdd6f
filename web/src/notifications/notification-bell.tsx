import { useCallback, useEffect, useRef, useState } from 'react';
import { useDismiss } from '../header/use-dismiss.ts';
import type { NotificationItem } from '@wangge/geodata';
import { useLocale, useT } from '../i18n/lang.ts';
import { useSession } from '../session/session.store.ts';
import { useView } from '../state/view.store.ts';
import { notificationTarget, notificationWords } from './notification-words.ts';
import { useNotifications } from './notifications.store.ts';
import './notifications.css';

/** how often the bell asks again while someone is logged in: reminders go out on the minute */
const POLL_MS = 60_000;

/** The bell in the header (logged-in users): the unread count, and a list of the notifications, each worded and leading to its thing. */
export function NotificationBell() {
  const t = useT();
  const me = useSession().me;
  // a one-time login reads nothing until it has chosen its own password
  const username = me && !me.mustChangePassword ? me.username : null;
  const { items, unread, error, load, markRead, clear } = useNotifications();
  const [open, setOpen] = useState(false);
  const closeMenu = useCallback(() => setOpen(false), []);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!username) return;
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    const onFocus = () => void load();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      // the next user must not see these
      clear();
    };
  }, [username, load, clear]);

  useDismiss(open, closeMenu, root);

  if (!username) return null;
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');

  const follow = (n: NotificationItem) => {
    if (n.readAt === null) void markRead([n.id]);
    setOpen(false);
    const target = notificationTarget(n);
    if (!target) return;
    const view = useView.getState();
    if (target.week) view.setWeek(target.week);
    if (target.drawer) view.openDrawer(target.drawer);
    if (target.problem) view.openProblem(target.problem);
  };

  return (
    <div className="notification-bell" ref={root}>
      <button
        type="button"
        className="header-button bell-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={label}
        title={label}
        onClick={() => {
          if (!open) void load();
          setOpen(!open);
        }}
      >
        <BellIcon />
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="header-panel notification-panel" role="dialog" aria-label={t('notifications.title')}>
          <header className="header-panel-head">
            <strong>{t('notifications.title')}</strong>
            <button type="button" className="button button-small" disabled={unread === 0} onClick={() => void markRead()}>
              {t('notifications.markAll')}
            </button>
          </header>
          {error && (
            <p className="form-error" role="alert">
              {t('notifications.failed', { message: error })}
            </p>
          )}
          {items && items.length === 0 && <p className="drawer-note">{t('notifications.empty')}</p>}
          {items && items.length > 0 && (
            <ul className="notification-list">
              {items.map((n) => (
                <li key={n.id}>
                  <NotificationRow n={n} onOpen={() => follow(n)} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function NotificationRow({ n, onOpen }: { n: NotificationItem; onOpen: () => void }) {
  const t = useT();
  const locale = useLocale();
  const words = notificationWords(n, locale);
  const when = new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' }).format(Date.parse(n.createdAt));
  const unread = n.readAt === null;
  return (
    <button type="button" className="notification-row" data-unread={unread} data-kind={n.kind} onClick={onOpen}>
      {unread && <span className="unread-dot" title={t('notifications.unread')} aria-label={t('notifications.unread')} />}
      <span className="notification-text">{t(words.key, words.params)}</span>
      <time className="notification-time" dateTime={n.createdAt}>
        {when}
      </time>
    </button>
  );
}

function BellIcon() {
  return (
    <svg className="bell-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      <path d="M9.5 19a2.5 2.5 0 0 0 5 0" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
