import type { ResponsibilityIssue } from '@wangge/geodata';
import { parseViewUrl, serializeViewUrl } from '../state/url-state.ts';

/** The issues a grid's roster answers (its people), not its unit. */
const ROSTER_ISSUES: readonly ResponsibilityIssue[] = ['no_manager', 'too_few_supervisors'];

export function isRosterIssue(issues: readonly ResponsibilityIssue[]): boolean {
  return issues.some((i) => ROSTER_ISSUES.includes(i));
}

/** The link to the roster view for one grid, the rest of the view (week, layers) kept as it is. */
export function rosterHref(search: string, gridId: string): string {
  const view = parseViewUrl(search);
  return serializeViewUrl({ ...view, drawer: 'roster', problem: null, selection: { grid: gridId, at: null } });
}
