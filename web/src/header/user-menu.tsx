import { useCallback, useEffect, useRef, useState } from 'react';
import { useDismiss } from './use-dismiss.ts';
import { drawersFor, DRAWER_TITLES } from '../drawer/drawer-access.ts';
import { useT } from '../i18n/lang.ts';
import { LoginDialog } from '../session/login-dialog.tsx';
import { useSession } from '../session/session.store.ts';
import { useView } from '../state/view.store.ts';

/** 登录 when nobody is logged in; otherwise the user (a reporter's unit) with a menu of the views it may open and 退出登录. */
export function UserMenu() {
  const t = useT();
  const { me, state, logout } = useSession();
  const drawer = useView((s) => s.drawer);
  const openDrawer = useView((s) => s.openDrawer);
  const [dialog, setDialog] = useState(false);
  const [open, setOpen] = useState(false);
  const closeMenu = useCallback(() => setOpen(false), []);
  const root = useRef<HTMLDivElement>(null);

  useDismiss(open, closeMenu, root);

  if (state === 'unknown') return null;
  if (!me) {
    return (
      <>
        <button type="button" className="header-button login-button" onClick={() => setDialog(true)}>
          {t('session.login')}
        </button>
        {dialog && <LoginDialog onClose={() => setDialog(false)} />}
      </>
    );
  }

  const role = t(`role.${me.role}`);
  const name = me.unitName ?? role;
  return (
    <div className="user-menu" ref={root}>
      <button
        type="button"
        className="header-button user-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('session.menu', { name })}
        onClick={() => setOpen(!open)}
      >
        <span className="user-avatar" aria-hidden="true">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="user-name">{name}</span>
        <span className="user-caret" aria-hidden="true" />
      </button>
      {open && (
        <div className="user-dropdown" role="menu" aria-label={name}>
          <p className="user-who">
            <strong>{name}</strong>
            <span className="muted">{me.unitName ? t('session.who', { role, username: me.username }) : me.username}</span>
          </p>
          {drawersFor(me).map((d) => (
            <button
              key={d}
              type="button"
              role="menuitemradio"
              aria-checked={drawer === d}
              onClick={() => {
                openDrawer(d);
                setOpen(false);
              }}
            >
              {t(DRAWER_TITLES[d])}
            </button>
          ))}
          <button
            type="button"
            role="menuitem"
            className="menu-logout"
            onClick={() => {
              setOpen(false);
              // unsaved edits the planner chose to keep would be lost with the session
              if (openDrawer(null)) void logout();
            }}
          >
            {t('session.logout')}
          </button>
        </div>
      )}
    </div>
  );
}
