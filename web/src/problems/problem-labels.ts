import { isProblemCategory } from '@wangge/geodata';
import type { T } from '../i18n/lang.ts';

/** A category's name in the UI language; a category this client does not know shows as sent. */
export function categoryLabel(t: T, category: string): string {
  return isProblemCategory(category) ? t(`problemCategory.${category}`) : category;
}

const ACTIONS = ['file', 'assign', 'start', 'fix', 'verify', 'return', 'reassign', 'note', 'reroute'] as const;
type Action = (typeof ACTIONS)[number];

/** A workflow step's name (交办, 整改完成, …); an unknown action shows as sent. */
export function actionLabel(t: T, action: string): string {
  return (ACTIONS as readonly string[]).includes(action) ? t(`problemAction.${action as Action}`) : action;
}

/**
 * A step's heading: its name, and for a re-route after a grid change the grids it moved between
 * (the step's note, "old code → new code"), e.g. 因网格调整改派：520521…001 → 520521…004.
 */
export function stepTitle(t: T, step: { action: string; note: string | null }): string {
  if (step.action === 'reroute') return t('problemCard.rerouted', { route: step.note ?? '' });
  return actionLabel(t, step.action);
}
