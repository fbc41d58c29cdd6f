import { isNotificationKind, type NotificationItem } from '@wangge/geodata';
import type { Params } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { formatWeekDate } from '../week/weeks.ts';

/** A notification's sentence: its kind's message, filled from its params and the week's Friday as a local date. */
export function notificationWords(n: Pick<NotificationItem, 'kind' | 'params'>, locale: string): { key: MessageKey; params: Params } {
  if (!isNotificationKind(n.kind)) return { key: 'notification.unknown', params: {} };
  const week = n.params.week;
  const weekLabel = typeof week === 'string' ? formatWeekDate(week, locale) : '';
  return { key: `notification.${n.kind}`, params: { ...n.params, weekLabel } };
}

/** What opening a notification does to the view: the week and task view it names, or the problem's card. */
export interface NotificationTarget {
  week: string | null;
  drawer: 'reports' | 'overdue' | null;
  problem: string | null;
}

export function notificationTarget(n: Pick<NotificationItem, 'link'>): NotificationTarget | null {
  const link = n.link;
  if (!link) return null;
  return { week: link.week ?? null, drawer: link.view ?? null, problem: link.problem ?? null };
}
