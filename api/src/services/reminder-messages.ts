import { NOTIFICATION_KINDS, weekDueAt } from '@wangge/geodata';
import type { Q } from '../db/store.ts';
import { notifyUsers, unitReporters, type Notice } from './notifications.ts';
import type { Dispatch } from './outbound.ts';
import type { GroupMessage } from './webhook-format.ts';
import { queueForCounty, queueForUnits } from './webhooks.ts';

/** A unit to remind, with the grids its reminder is about. */
export interface UnitDue {
  unitId: string;
  unitName: string;
  contactName: string;
  contactPhone: string;
  grids: { code: string; name: string }[];
}

/** The reminders sent to units about their weekly report. */
export type UnitReminderKind = typeof NOTIFICATION_KINDS.goToGrid | typeof NOTIFICATION_KINDS.reportDue | typeof NOTIFICATION_KINDS.reportMissing | typeof NOTIFICATION_KINDS.reportReminder;

/** What the sentences need beside the unit: the week, the hours left (report_due), who sent it (催报). */
export interface ReminderWords {
  week: string;
  hours?: number;
  by?: string;
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** "11月20日" */
function day(ms: number): string {
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

const weekWords = (week: string) => `${day(Date.parse(`${week}T12:00:00+08:00`))}当周`;
const dueWords = (week: string) => `${day(weekDueAt(week))}（周一）12:00`;
const gridList = (u: UnitDue) => u.grids.map((g) => `${g.name}（${g.code}）`).join('、');

/** The in-app notice of a unit reminder: the web words it; it leads to the week's report form. */
function notice(kind: UnitReminderKind, u: UnitDue, w: ReminderWords): Notice {
  const params: Record<string, string | number> = { week: w.week, grids: u.grids.length };
  if (w.hours !== undefined) params.hours = w.hours;
  if (w.by !== undefined) params.by = w.by;
  return { kind, params, link: { view: 'reports', week: w.week } };
}

const reportsPath = (week: string) => `/?week=${week}&view=reports`;
const overduePath = (week: string) => `/?week=${week}&view=overdue`;

/** A unit's own group message. */
function unitMessage(kind: UnitReminderKind, u: UnitDue, w: ReminderWords): GroupMessage {
  const grids = u.grids.map((g) => `· ${g.name}（${g.code}）`);
  const data = { week: w.week, unitId: u.unitId, unitName: u.unitName, grids: u.grids, ...(w.hours !== undefined && { hours: w.hours }), ...(w.by !== undefined && { by: w.by }) };
  const base = { event: kind, path: reportsPath(w.week), data };
  switch (kind) {
    case NOTIFICATION_KINDS.goToGrid:
      return { ...base, title: `${u.unitName}：今天 16:00 到网格开展工作`, lines: ['今天 16:00 起请到责任网格开展创文工作：', ...grids, `周报请于 ${dueWords(w.week)} 前报送。`] };
    case NOTIFICATION_KINDS.reportDue:
      return { ...base, title: `${u.unitName}：周报 ${w.hours} 小时后截止`, lines: [`${weekWords(w.week)}的周报将于 ${dueWords(w.week)} 截止，以下网格尚未报送：`, ...grids] };
    case NOTIFICATION_KINDS.reportMissing:
      return { ...base, title: `${u.unitName}：周报逾期未报`, lines: [`${weekWords(w.week)}的周报已过截止时间（${dueWords(w.week)}），以下网格仍未报送，请尽快补报：`, ...grids] };
    default:
      return { ...base, title: `${u.unitName}：催报${weekWords(w.week)}周报`, lines: [`${w.by} 提醒：以下网格${weekWords(w.week)}的周报尚未报送，请尽快报送（截止 ${dueWords(w.week)}）：`, ...grids] };
  }
}

/** One message to the county's group about every unit reminded (the missing list is the Monday 12:00 one). */
export function countyMessage(kind: UnitReminderKind | typeof NOTIFICATION_KINDS.missingList, units: readonly UnitDue[], w: ReminderWords): GroupMessage {
  const lines = units.map((u) => `· ${u.unitName}（${u.contactName} ${u.contactPhone}）：${gridList(u)}`);
  const data = { week: w.week, units: units.map((u) => ({ unitId: u.unitId, unitName: u.unitName, grids: u.grids })), ...(w.hours !== undefined && { hours: w.hours }), ...(w.by !== undefined && { by: w.by }) };
  const n = units.length;
  switch (kind) {
    case NOTIFICATION_KINDS.goToGrid:
      return { event: kind, path: `/?week=${w.week}`, data, title: `今天 16:00 起各单位到责任网格开展工作（${n} 个单位）`, lines: [...lines, `周报截止：${dueWords(w.week)}。`] };
    case NOTIFICATION_KINDS.reportDue:
      return { event: kind, path: overduePath(w.week), data, title: `${weekWords(w.week)}周报尚未报送的单位（${n} 个）`, lines: [`距截止（${dueWords(w.week)}）还有 ${w.hours} 小时：`, ...lines] };
    case NOTIFICATION_KINDS.reportReminder:
      return { event: kind, path: overduePath(w.week), data, title: `${w.by} 催报${weekWords(w.week)}周报（${n} 个单位）`, lines };
    default:
      return { event: NOTIFICATION_KINDS.missingList, path: overduePath(w.week), data, title: `${weekWords(w.week)}未按时报送周报的单位（${n} 个）`, lines: [`截止时间 ${dueWords(w.week)} 已过，以下单位仍未报送：`, ...lines] };
  }
}

function smsText(kind: UnitReminderKind, u: UnitDue, w: ReminderWords): string {
  const m = unitMessage(kind, u, w);
  return `【网格】${m.title}。${m.lines[0]}${gridList(u)}`;
}

export interface RemindOptions {
  now: number;
  publicUrl: string | null;
  /** a scheduled run's job and slot: a second run stores no second notice (null for 催报, which is sent on purpose each time) */
  dedupeKey: string | null;
  /** also tell the county's group, in one message about all the units */
  county: boolean;
}

/** Reminds each unit's reporters in the app, its group (webhooks) and its contact phone (when a text provider is configured). */
export async function remindUnits(tx: Q, kind: UnitReminderKind, units: readonly UnitDue[], w: ReminderWords, o: RemindOptions): Promise<Dispatch> {
  if (units.length === 0) return { notified: 0, messages: 0, sms: [] };
  const reporters = await unitReporters(tx, units.map((u) => u.unitId));
  let notified = 0;
  for (const u of units) notified += await notifyUsers(tx, reporters.get(u.unitId) ?? [], notice(kind, u, w), o.now, o.dedupeKey);
  let messages = await queueForUnits(tx, new Map(units.map((u) => [u.unitId, unitMessage(kind, u, w)])), o.publicUrl, o.now);
  if (o.county) messages += await queueForCounty(tx, countyMessage(kind, units, w), o.publicUrl, o.now);
  const sms = units.filter((u) => u.contactPhone.trim() !== '').map((u) => ({ phone: u.contactPhone, text: smsText(kind, u, w) }));
  return { notified, messages, sms };
}

/** a notice names this many units; the overdue list it links to has them all */
const MAX_NAMES = 10;

/** The in-app notice of a county's missing list, for leaders and inspectors (naming the county: a city-wide one gets one per county). */
export function missingListNotice(week: string, units: readonly UnitDue[], county: { id: string; code: string; name: string } | null = null): Notice {
  const names = units.slice(0, MAX_NAMES).map((u) => u.unitName).join('、') + (units.length > MAX_NAMES ? ' …' : '');
  const where: Record<string, string> = county ? { countyId: county.id, countyCode: county.code, countyName: county.name } : {};
  return { kind: NOTIFICATION_KINDS.missingList, params: { week, units: units.length, names, ...where }, link: { view: 'overdue', week } };
}

