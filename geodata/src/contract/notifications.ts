import { checkWeek } from '../domain/calendar.ts';
import { fail, ok, type Decoded } from './decoded.ts';

/**
 * In-app notifications, group messages out (webhooks) and 催报. A notification carries a kind and
 * the figures its sentence needs; the web words it in the user's language.
 */
export const NOTIFICATION_KINDS = {
  /** Friday 15:00: go to your grid from 16:00 — { week, grids } */
  goToGrid: 'go_to_grid',
  /** Monday 09:00: your unit's report is due in N hours — { week, hours, grids } */
  reportDue: 'report_due',
  /** Monday 12:00: your unit's report is missing — { week, grids } */
  reportMissing: 'report_missing',
  /** Monday 12:00, to leaders and inspectors: the units that did not report — { week, units, names } */
  missingList: 'missing_list',
  /** 催报: a leader reminds your unit — { week, by } */
  reportReminder: 'report_reminder',
  /** a problem was assigned (交办 / 改派) to your unit — { problemId, category } */
  problemAssigned: 'problem_assigned',
  /** a problem your unit fixed was sent back (退回) — { problemId, category, note } */
  problemReturned: 'problem_returned',
  /** a problem you filed was fixed — { problemId, category } */
  problemFixed: 'problem_fixed',
  /** daily: problems your unit owns are past their deadline — { count, problemId, category } (the most overdue one) */
  problemsOverdue: 'problems_overdue',
} as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[keyof typeof NOTIFICATION_KINDS];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (Object.values(NOTIFICATION_KINDS) as string[]).includes(value);
}

/** Where a notification leads: a task view of a week (the report form, the overdue list) or a problem's card. */
export interface NotificationLink {
  view?: 'reports' | 'overdue';
  week?: string;
  problem?: string;
}

export type NotificationParams = Readonly<Record<string, string | number>>;

export interface NotificationItem {
  id: number;
  kind: NotificationKind;
  params: NotificationParams;
  link: NotificationLink | null;
  createdAt: string;
  readAt: string | null;
}

/** GET /api/notifications: the user's, newest first. */
export interface NotificationsResponse {
  unread: number;
  items: NotificationItem[];
}

/** POST /api/notifications/read: the ids to mark read, or all of the user's. */
export type MarkReadRequest = { ids: number[] } | { all: true };

const MAX_IDS = 500;

export function decodeMarkRead(body: Record<string, unknown>): Decoded<MarkReadRequest> {
  if (body.all === true) {
    if (body.ids !== undefined) return fail('give ids or all, not both', 'bad_field');
    return ok({ all: true });
  }
  const { ids } = body;
  if (!Array.isArray(ids) || ids.length === 0) return fail('ids (a list of notification ids) or all: true is required', 'bad_field');
  if (ids.length > MAX_IDS) return fail(`ids names more than ${MAX_IDS} notifications`, 'bad_field');
  if (ids.some((id) => !Number.isSafeInteger(id) || (id as number) < 1)) return fail('ids must be notification ids (whole numbers from 1)', 'bad_field');
  return ok({ ids: [...new Set(ids as number[])] });
}

/** Group robots a message can go to: 企业微信 (WeCom) group robot, 钉钉 (DingTalk) custom robot, or plain JSON. */
export const WEBHOOK_KINDS = { wecom: 'wecom', dingtalk: 'dingtalk', json: 'json' } as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[keyof typeof WEBHOOK_KINDS];

/** POST /api/webhooks. A webhook with a unit gets that unit's reminders; one without, the county's lists. */
export interface WebhookInput {
  url: string;
  kind: WebhookKind;
  unitId: string | null;
  countyId: string | null;
  /** 钉钉 加签 secret: messages are signed with it (timestamp and sign in the URL) */
  secret: string | null;
  /** what the admin calls it (e.g. 创文办工作群) */
  name: string | null;
}

const ID_RE = /^[\w-]{1,64}$/;
const MAX_URL = 2000;

function optionalText(body: Record<string, unknown>, key: string, max: number): Decoded<string | null> {
  const v = body[key];
  if (v === undefined || v === null || v === '') return ok(null);
  if (typeof v !== 'string') return fail(`${key} must be a string`, 'bad_field');
  if (v.length > max) return fail(`${key} is longer than ${max} characters`, 'bad_field');
  return ok(v.trim() || null);
}

function optionalId(body: Record<string, unknown>, key: string): Decoded<string | null> {
  const v = body[key];
  if (v === undefined || v === null || v === '') return ok(null);
  return typeof v === 'string' && ID_RE.test(v) ? ok(v) : fail(`${key} "${String(v)}" is not an id`, 'bad_field');
}

/** An http(s) URL with a host: a robot's address. Anything else is refused with what is wrong with it. */
export function checkWebhookUrl(value: unknown): Decoded<string> {
  if (typeof value !== 'string' || value.trim() === '') return fail('url is required: the robot’s webhook address (http:// or https://)', 'bad_url');
  const text = value.trim();
  if (text.length > MAX_URL) return fail(`url is longer than ${MAX_URL} characters`, 'bad_url');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(`url "${text}" is not a URL`, 'bad_url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(`url "${text}" must start with http:// or https:// (not ${url.protocol})`, 'bad_url');
  if (!url.hostname) return fail(`url "${text}" names no host`, 'bad_url');
  return ok(url.toString());
}

export function decodeWebhookInput(body: Record<string, unknown>): Decoded<WebhookInput> {
  const url = checkWebhookUrl(body.url);
  if (!url.ok) return url;
  const kinds = Object.values(WEBHOOK_KINDS) as string[];
  if (typeof body.kind !== 'string' || !kinds.includes(body.kind)) return fail(`kind "${String(body.kind ?? '')}" must be one of ${kinds.join(', ')}`, 'bad_field');
  const unitId = optionalId(body, 'unitId');
  if (!unitId.ok) return unitId;
  const countyId = optionalId(body, 'countyId');
  if (!countyId.ok) return countyId;
  const secret = optionalText(body, 'secret', 200);
  if (!secret.ok) return secret;
  if (secret.value !== null && body.kind !== WEBHOOK_KINDS.dingtalk) return fail('secret is for 钉钉 (dingtalk) robots that sign their messages (加签)', 'bad_field');
  const name = optionalText(body, 'name', 100);
  if (!name.ok) return name;
  return ok({ url: url.value, kind: body.kind as WebhookKind, unitId: unitId.value, countyId: countyId.value, secret: secret.value, name: name.value });
}

export const DELIVERY_STATUS = { pending: 'pending', sending: 'sending', sent: 'sent', failed: 'failed' } as const;
export type DeliveryStatus = (typeof DELIVERY_STATUS)[keyof typeof DELIVERY_STATUS];

/** One message to one webhook, and how sending it went. */
export interface DeliveryItem {
  id: number;
  webhookId: string;
  /** the notification kind it carries, or 'test' */
  event: string;
  status: DeliveryStatus;
  attempts: number;
  /** the receiver's HTTP status on the last attempt; null when it never answered */
  httpStatus: number | null;
  /** why the last attempt failed; null once sent */
  error: string | null;
  createdAt: string;
  sentAt: string | null;
  /** the exact JSON body sent */
  body: unknown;
}

/** GET /api/webhooks: the URL with its query values masked (a robot's key is its password). */
export interface WebhookItem {
  id: string;
  name: string | null;
  url: string;
  kind: WebhookKind;
  unitId: string | null;
  unitName: string | null;
  countyId: string | null;
  signed: boolean;
  createdAt: string;
  lastDelivery: Pick<DeliveryItem, 'status' | 'createdAt' | 'error'> | null;
}

/** POST /api/reminders (催报): the week, and the units to remind (absent: every unit still pending or missing). */
export interface ReminderRequest {
  week: string;
  unitIds: string[] | null;
}

export interface ReminderResponse {
  week: string;
  units: { unitId: string; unitName: string; status: 'pending' | 'missing' }[];
  /** accounts notified in the app */
  notified: number;
  /** group messages queued */
  messages: number;
}

export function decodeReminderRequest(body: Record<string, unknown>): Decoded<ReminderRequest> {
  const week = checkWeek(body.week);
  if (!week.ok) return fail(week.message, 'bad_week');
  const { unitIds } = body;
  if (unitIds === undefined || unitIds === null) return ok({ week: week.week, unitIds: null });
  if (!Array.isArray(unitIds) || unitIds.length === 0 || unitIds.some((u) => typeof u !== 'string' || !ID_RE.test(u))) {
    return fail('unitIds must be a non-empty list of unit ids (or left out: every unit still to report)', 'bad_field');
  }
  return ok({ week: week.week, unitIds: [...new Set(unitIds as string[])] });
}
