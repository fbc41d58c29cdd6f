import type { Role } from '@wangge/geodata';
import type { MessageKey } from '../i18n/zh.ts';
import { DRAWERS, type Drawer } from '../state/url-state.ts';

/** Staff who read the accountability views; the API allows the same roles. */
const STAFF: readonly Role[] = ['leader', 'inspector', 'planner', 'admin'];

/** Who may open each task view (the server enforces the same on the data behind it). */
export const DRAWER_ROLES: Readonly<Record<Drawer, readonly Role[]>> = {
  reports: ['reporter'],
  overdue: STAFF,
  trends: STAFF,
  problemStats: STAFF,
  exempt: ['admin'],
  coverage: STAFF,
  edit: ['planner', 'admin'],
};

export const DRAWER_TITLES: Readonly<Record<Drawer, MessageKey>> = {
  reports: 'drawer.reports',
  overdue: 'drawer.overdue',
  trends: 'drawer.trends',
  problemStats: 'drawer.problemStats',
  exempt: 'drawer.exempt',
  coverage: 'drawer.coverage',
  edit: 'drawer.edit',
};

/** The accountability views share one drawer with a tab each; the others stand alone. */
export const ACCOUNTABILITY_DRAWERS: readonly Drawer[] = ['overdue', 'trends', 'problemStats', 'exempt'];

/** Each accountability view's tab label: shorter than its title where the title would wrap a phone's tab row (English). */
export const DRAWER_TABS: Readonly<Partial<Record<Drawer, MessageKey>>> = {
  overdue: 'drawer.tab.overdue',
  trends: 'drawer.tab.trends',
  problemStats: 'drawer.tab.problemStats',
  exempt: 'drawer.tab.exempt',
};

/** The views a role may open, in menu order. */
export function drawersFor(role: Role): Drawer[] {
  return (Object.values(DRAWERS) as Drawer[]).filter((d) => DRAWER_ROLES[d].includes(role));
}

export function mayOpen(role: Role | null, drawer: Drawer): boolean {
  return role !== null && DRAWER_ROLES[drawer].includes(role);
}

/** The view to open right after logging in: what the role logs in to do. */
export function homeDrawer(role: Role): Drawer | null {
  if (role === 'reporter') return 'reports';
  if (role === 'leader' || role === 'inspector') return 'overdue';
  return null;
}
