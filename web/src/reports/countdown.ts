import type { MessageKey } from '../i18n/zh.ts';
import type { Params } from '../i18n/lang.ts';

export interface Message {
  key: MessageKey;
  params?: Params;
}

const MINUTE = 60_000;

/** A span of time as the largest two units that matter: "2 天 5 小时", "3 小时 20 分", "12 分钟". */
export function durationMessage(ms: number): Message {
  const total = Math.max(0, Math.floor(ms / MINUTE));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  if (days > 0) return { key: 'time.daysHours', params: { days, hours } };
  if (hours > 0) return { key: 'time.hoursMinutes', params: { hours, minutes } };
  return { key: 'time.minutes', params: { minutes } };
}

export interface Countdown {
  /** the deadline has passed (the due instant itself still counts as on time) */
  overdue: boolean;
  /** time left, or time since the deadline once overdue */
  span: Message;
}

/** Where `now` stands against the week's deadline. Under a minute left reads as one minute, never zero. */
export function countdown(now: number, due: number): Countdown {
  if (now > due) return { overdue: true, span: durationMessage(now - due) };
  return { overdue: false, span: durationMessage(Math.max(due - now, MINUTE)) };
}
