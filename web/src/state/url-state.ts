import { checkWeek } from '@wangge/geodata';

/** Optional overlay layers the user can switch on and off. */
export const OVERLAYS = { zones: 'zones', problems: 'problems' } as const;
export type Overlay = (typeof OVERLAYS)[keyof typeof OVERLAYS];
export type Overlays = Readonly<Record<Overlay, boolean>>;

/** Problems tell the first screen's story; zones overlap grids by design and stay off until asked for. */
export const DEFAULT_OVERLAYS: Overlays = { zones: false, problems: true };

export type LonLat = readonly [number, number];

/** The task views that open as a drawer over the map (`view=` in the URL); each is for some roles. */
export const DRAWERS = {
  reports: 'reports',
  overdue: 'overdue',
  trends: 'trends',
  problemStats: 'problemStats',
  exempt: 'exempt',
  coverage: 'coverage',
  edit: 'edit',
  webhooks: 'webhooks',
  settings: 'settings',
  users: 'users',
  roster: 'roster',
  audit: 'audit',
  units: 'units',
  scores: 'scores',
  assessment: 'assessment',
} as const;
export type Drawer = (typeof DRAWERS)[keyof typeof DRAWERS];

export function isDrawer(value: unknown): value is Drawer {
  return typeof value === 'string' && Object.hasOwn(DRAWERS, value);
}

/** What is selected: a grid (from a click, a search or a link) and/or the clicked place. */
export interface Selection {
  grid: string | null;
  at: LonLat | null;
}

export const NO_SELECTION: Selection = { grid: null, at: null };

/** The part of the view a link carries. `week` is null when the URL names none (or a bad one). */
export interface UrlView {
  week: string | null;
  selection: Selection;
  overlays: Overlays;
  /** the open task view, null when only the map shows */
  drawer: Drawer | null;
  /** the problem whose card is open (`problem=` in the URL) */
  problem: string | null;
}

const GRID_ID_RE = /^[\w-]{1,64}$/;
const PROBLEM_ID_RE = GRID_ID_RE;
const COORD_DECIMALS = 6;

function parseAt(value: string | null): LonLat | null {
  if (!value) return null;
  const parts = value.split(',');
  if (parts.length !== 2 || parts.some((p) => p.trim() === '')) return null;
  const [lon, lat] = parts.map(Number);
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
  return [lon, lat];
}

function parseOverlays(value: string | null): Overlays {
  // absent means "the defaults"; present but empty means "all off"
  if (value === null) return DEFAULT_OVERLAYS;
  const named = new Set(value.split(',').map((s) => s.trim()));
  return { zones: named.has(OVERLAYS.zones), problems: named.has(OVERLAYS.problems) };
}

/** Reads a location's query string; anything malformed falls back to "not given". */
export function parseViewUrl(search: string): UrlView {
  const q = new URLSearchParams(search);
  const week = q.get('week');
  const grid = q.get('grid');
  const drawer = q.get('view');
  const problem = q.get('problem');
  return {
    week: week !== null && checkWeek(week).ok ? week : null,
    selection: { grid: grid !== null && GRID_ID_RE.test(grid) ? grid : null, at: parseAt(q.get('at')) },
    overlays: parseOverlays(q.get('layers')),
    drawer: isDrawer(drawer) ? drawer : null,
    problem: problem !== null && PROBLEM_ID_RE.test(problem) ? problem : null,
  };
}

const round = (n: number) => Number(n.toFixed(COORD_DECIMALS));

/** Writes the view as a query string (with its leading "?"), keys in a fixed order. */
export function serializeViewUrl(view: UrlView): string {
  const q = new URLSearchParams();
  if (view.week) q.set('week', view.week);
  if (view.selection.grid) q.set('grid', view.selection.grid);
  if (view.selection.at) q.set('at', view.selection.at.map(round).join(','));
  q.set(
    'layers',
    (Object.values(OVERLAYS) as Overlay[]).filter((o) => view.overlays[o]).join(','),
  );
  if (view.drawer) q.set('view', view.drawer);
  if (view.problem) q.set('problem', view.problem);
  // URLSearchParams escapes the comma; it is legal in a query and reads better unescaped
  return `?${q.toString().replace(/%2C/g, ',')}`;
}

/**
 * Weeks after the current one have no reports yet, and weeks before the deployment's first were
 * never due: a link or a typo must land on neither.
 */
export function clampWeek(week: string | null, currentWeek: string, firstWeek: string | null = null): string {
  if (week === null || week > currentWeek) return currentWeek;
  return firstWeek !== null && week < firstWeek && firstWeek <= currentWeek ? firstWeek : week;
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return a.grid === b.grid && a.at?.[0] === b.at?.[0] && a.at?.[1] === b.at?.[1];
}
