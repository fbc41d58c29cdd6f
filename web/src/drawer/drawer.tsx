import { lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../i18n/lang.ts';
import { useSession } from '../session/session.store.ts';
import type { Drawer as DrawerName } from '../state/url-state.ts';
import { useView } from '../state/view.store.ts';
import { ReportsView } from '../reports/reports-view.tsx';
import { ACCOUNTABILITY_DRAWERS, DRAWER_TABS, DRAWER_TITLES, drawersFor, mayOpen } from './drawer-access.ts';
import { LoginPrompt } from './login-prompt.tsx';

const OverdueView = lazy(() => import('../accountability/overdue-view.tsx').then((m) => ({ default: m.OverdueView })));
const TrendsView = lazy(() => import('../accountability/trends-view.tsx').then((m) => ({ default: m.TrendsView })));
const ProblemStatsView = lazy(() => import('../problems/stats/problem-stats-view.tsx').then((m) => ({ default: m.ProblemStatsView })));
const ExemptWeeksView = lazy(() => import('../accountability/exempt-weeks-view.tsx').then((m) => ({ default: m.ExemptWeeksView })));
const CoverageView = lazy(() => import('../coverage/coverage-view.tsx').then((m) => ({ default: m.CoverageView })));
const WebhooksView = lazy(() => import('../notifications/webhooks-view.tsx').then((m) => ({ default: m.WebhooksView })));
const SettingsView = lazy(() => import('../settings/settings-view.tsx').then((m) => ({ default: m.SettingsView })));
const UsersView = lazy(() => import('../admin/users-view.tsx').then((m) => ({ default: m.UsersView })));
const RosterView = lazy(() => import('../admin/roster-view.tsx').then((m) => ({ default: m.RosterView })));
const AuditView = lazy(() => import('../admin/audit-view.tsx').then((m) => ({ default: m.AuditView })));
const UnitsView = lazy(() => import('../units/units-view.tsx').then((m) => ({ default: m.UnitsView })));
const ScoresView = lazy(() => import('../scores/scores-view.tsx').then((m) => ({ default: m.ScoresView })));
const AssessmentView = lazy(() => import('../assessment/assessment-view.tsx').then((m) => ({ default: m.AssessmentView })));
const EditView = lazy(() => import('../edit/edit-view.tsx').then((m) => ({ default: m.EditView })));

const VIEWS: Readonly<Record<DrawerName, () => ReactNode>> = {
  reports: () => <ReportsView />,
  overdue: () => <OverdueView />,
  trends: () => <TrendsView />,
  problemStats: () => <ProblemStatsView />,
  exempt: () => <ExemptWeeksView />,
  coverage: () => <CoverageView />,
  edit: () => <EditView />,
  webhooks: () => <WebhooksView />,
  settings: () => <SettingsView />,
  users: () => <UsersView />,
  roster: () => <RosterView />,
  audit: () => <AuditView />,
  units: () => <UnitsView />,
  scores: () => <ScoresView />,
  assessment: () => <AssessmentView />,
};

/** The open task view, as a drawer over the map (a sheet below it on phones); the URL's `view=` says which. */
export function Drawer() {
  const t = useT();
  const drawer = useView((s) => s.drawer);
  const openDrawer = useView((s) => s.openDrawer);
  const { me, state } = useSession();
  if (!drawer) return null;

  const allowed = mayOpen(me, drawer);
  // the accountability views share one drawer, with a tab each
  const tabs = me && ACCOUNTABILITY_DRAWERS.includes(drawer) && allowed ? drawersFor(me).filter((d) => ACCOUNTABILITY_DRAWERS.includes(d)) : [];

  return (
    <section className="drawer" data-drawer={drawer} aria-labelledby="drawer-title">
      <header className="drawer-head">
        <h2 id="drawer-title">{t(tabs.length > 1 ? 'drawer.tabs' : DRAWER_TITLES[drawer])}</h2>
        <button type="button" className="icon-button drawer-close" onClick={() => openDrawer(null)} aria-label={t('drawer.close')} title={t('drawer.close')}>
          ×
        </button>
      </header>
      {tabs.length > 1 && (
        <nav className="drawer-tabs" aria-label={t('drawer.tabs')}>
          {tabs.map((d) => (
            <button key={d} type="button" aria-current={d === drawer ? 'page' : undefined} onClick={() => openDrawer(d)} title={t(DRAWER_TITLES[d])}>
              {t(DRAWER_TABS[d] ?? DRAWER_TITLES[d])}
            </button>
          ))}
        </nav>
      )}
      <div className="drawer-body">
        {state === 'unknown' && <p className="drawer-note">{t('drawer.loading')}</p>}
        {state === 'out' && <LoginPrompt />}
        {me && !allowed && <p className="drawer-note">{t('session.notAllowed', { role: t(`role.${me.role}`) })}</p>}
        {me?.mustChangePassword && <p className="drawer-note">{t('password.firstNote')}</p>}
        {me && !me.mustChangePassword && allowed && <Suspense fallback={<p className="drawer-note">{t('drawer.loading')}</p>}>{VIEWS[drawer]()}</Suspense>}
      </div>
    </section>
  );
}
