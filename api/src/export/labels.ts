import type { ProblemStatus, Status } from '@wangge/geodata';

/** Chinese labels for exported tables (the web app has its own i18n files). */
export const STATUS_ZH: Readonly<Record<Status, string>> = {
  on_time: '按时',
  late: '逾期',
  missing: '未报',
  pending: '待报',
  not_due: '未到期',
  exempt: '免报',
};

export const PROBLEM_STATUS_ZH: Readonly<Record<ProblemStatus, string>> = {
  reported: '上报',
  assigned: '已交办',
  in_progress: '整改中',
  fixed: '已整改',
  verified: '已复核',
};

export function formatMinutes(minutes: number): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return [d ? `${d}天` : '', h ? `${h}小时` : '', !d && m ? `${m}分` : ''].join('') || '0分';
}

/** YYYY-MM-DD HH:mm in Asia/Shanghai. */
export function shanghaiTime(iso: string | null): string {
  if (!iso) return '';
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
