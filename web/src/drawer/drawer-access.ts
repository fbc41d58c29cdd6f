import { may, type MeResponse, type PolicyUser, type Role } from '@wangge/geodata';
import type { MessageKey } from '../i18n/zh.ts';
import { policyUser } from '../session/policy-user.ts';
import { DRAWERS, type Drawer } from '../state/url-state.ts';

/** Who may open each task view: the policy's action behind it (the server enforces the same on the data). */
const DRAWER_ACCESS: Readonly<Record<Drawer, (user: PolicyUser) => boolean>> = {
  // the reporter's own unit's grids: an account with no unit has none to report for
  reports: (u) => u.unitId !== null && may(u, 'report.submit', { unitId: u.unitId }),
  overdue: (u) => may(u, 'overdue.read'),
  trends: (u) => may(u, 'trends.read'),
  problemStats: (u) => may(u, 'stats.read'),
  exempt: (u) => may(u, 'exempt.manage'),
  coverage: (u) => may(u, 'coverage.read'),
  edit: (u) => may(u, 'grid.edit'),
  webhooks: (u) => may(u, 'webhooks.manage'),
  settings: (u) => may(u, 'closure.manage') || may(u, 'requirements.manage'),
  users: (u) => may(u, 'users.manage'),
  roster: (u) => may(u, 'roster.manage'),
  audit: (u) => may(u, 'audit.read'),
  units: (u) => may(u, 'units.manage'),
  scores: (u) => may(u, 'scores.read'),
  assessment: (u) => may(u, 'assessment.read'),
};

export const DRAWER_TITLES: Readonly<Record<Drawer, MessageKey>> = {
  reports: 'drawer.reports',
  overdue: 'drawer.overdue',
  trends: 'drawer.trends',
  problemStats: 'drawer.problemStats',
  exempt: 'drawer.exempt',
  coverage: 'drawer.coverage',
  edit: 'drawer.edit',
  webhooks: 'drawer.webhooks',
  settings: 'drawer.settings',
  users: 'drawer.users',
  roster: 'drawer.roster',
  audit: 'drawer.audit',
  units: 'drawer.units',
  scores: 'drawer.scores',
  assessment: 'drawer.assessment',
};

/** The accountability views share one drawer with a tab each; the others stand alone. */
export const ACCOUNTABILITY_DRAWERS: readonly Drawer[] = ['overdue', 'trends', 'problemStats', 'exempt', 'webhooks', 'scores'];

/** Each accountability view's tab label: shorter than its title where the title would wrap a phone's tab row (English). */
export const DRAWER_TABS: Readonly<Partial<Record<Drawer, MessageKey>>> = {
  overdue: 'drawer.tab.overdue',
  trends: 'drawer.tab.trends',
  problemStats: 'drawer.tab.problemStats',
  exempt: 'drawer.tab.exempt',
  webhooks: 'drawer.tab.webhooks',
  scores: 'drawer.tab.scores',
};

export function mayOpen(me: MeResponse | null, drawer: Drawer): boolean {
  const user = policyUser(me);
  return user !== null && DRAWER_ACCESS[drawer](user);
}

/** The views this user may open, in menu order. */
export function drawersFor(me: MeResponse): Drawer[] {
  return (Object.values(DRAWERS) as Drawer[]).filter((d) => mayOpen(me, d));
}

/** The view to open right after logging in: what the role logs in to do. */
export function homeDrawer(role: Role): Drawer | null {
  if (role === 'reporter') return 'reports';
  if (role === 'leader' || role === 'inspector') return 'overdue';
  return null;
}
