import { Fragment, type ReactNode } from 'react';
import { useLang, useT } from '../i18n/lang.ts';
import { NotificationBell } from '../notifications/notification-bell.tsx';
import { OutboxBadge } from '../offline/outbox-badge.tsx';
import { useData } from '../state/data.store.ts';
import { CountyPicker } from '../counties/county-picker.tsx';
import { SearchBox } from './search-box.tsx';
import { ExportButton } from './export-button.tsx';
import type { HeaderPart } from './header-order.ts';
import { useHeaderOrder } from './use-header-order.ts';
import { UserMenu } from './user-menu.tsx';
import { WeekPicker } from './week-picker.tsx';

/** The bar across the top: the app and county name, search, the week, the language switch, the user (in the order seen: header-order.ts). */
export function AppHeader() {
  const t = useT();
  const county = useData((s) => s.config?.county.name);
  const { lang, setLang } = useLang();
  const order = useHeaderOrder();
  const parts: Record<HeaderPart, ReactNode> = {
    search: <SearchBox />,
    week: <WeekPicker />,
    export: <ExportButton />,
    lang: (
      <button
        type="button"
        className="lang-switch"
        lang={lang === 'zh' ? 'en' : 'zh'}
        aria-label={t('lang.switchLabel')}
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      >
        <span className="lang-long">{t('lang.switch')}</span>
        <span className="lang-short" aria-hidden="true">
          {t('lang.switchShort')}
        </span>
      </button>
    ),
    user: (
      <>
        <OutboxBadge />
        <NotificationBell />
        <UserMenu />
      </>
    ),
  };
  return (
    <header className="app-header">
      <h1 className="brand">
        <span className="brand-mark" aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
        </span>
        <span className="brand-name">{t('app.name')}</span>
        {county && (
          <>
            <span className="brand-dot" aria-hidden="true">
              ·
            </span>
            <span className="brand-county">{county}</span>
          </>
        )}
      </h1>
      <CountyPicker />
      {/* keyed, so a reorder at a breakpoint moves the controls and keeps their state (typed search, open menu) */}
      {order.map((part) => (
        <Fragment key={part}>{parts[part]}</Fragment>
      ))}
    </header>
  );
}
