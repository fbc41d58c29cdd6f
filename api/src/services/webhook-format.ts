import { createHmac } from 'node:crypto';
import type { WebhookKind } from '@wangge/geodata';

/** A message for a group, before it is shaped for one kind of robot. Group messages are in Chinese: the groups are. */
export interface GroupMessage {
  /** the notification kind it carries, or 'test' */
  event: string;
  title: string;
  lines: string[];
  /** the app's path to the thing (e.g. /?week=2026-11-20&view=overdue): made absolute with the public URL, left out without one */
  path: string | null;
  /** the figures, for JSON receivers */
  data: Record<string, unknown>;
}

/** 企业微信 takes 4,096 bytes of markdown; 钉钉 about as much before it trims. Chinese is 3 bytes a character. */
const MAX_TEXT_CHARS = 1300;

/** The lines that fit, and a last line saying how many were left out. */
function fit(lines: readonly string[]): string[] {
  const out: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    if (used + line.length > MAX_TEXT_CHARS) {
      out.push(`……另有 ${lines.length - i} 条，详见网格系统`);
      break;
    }
    out.push(line);
    used += line.length + 1;
  }
  return out;
}

function linkOf(m: GroupMessage, publicUrl: string | null): string | null {
  if (!m.path || !publicUrl) return null;
  return new URL(m.path, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`).toString();
}

/**
 * The exact JSON body for a robot: 企业微信 group robot and 钉钉 custom robot as `markdown`
 * (a test as `text`), or a plain JSON object for anything else that listens.
 */
export function webhookBody(kind: WebhookKind, m: GroupMessage, publicUrl: string | null, now: number): unknown {
  const lines = fit(m.lines);
  const link = linkOf(m, publicUrl);
  if (kind === 'json') return { source: 'wangge', event: m.event, title: m.title, text: lines.join('\n'), link, data: m.data, at: new Date(now).toISOString() };
  if (m.event === 'test') return { msgtype: 'text', text: { content: [m.title, ...lines].join('\n') } };
  const more = link ? [`[在网格系统中查看](${link})`] : [];
  if (kind === 'wecom') return { msgtype: 'markdown', markdown: { content: [`### ${m.title}`, ...lines, ...more].join('\n') } };
  // 钉钉's markdown keeps a single newline as a space: paragraphs need a blank line between them
  return { msgtype: 'markdown', markdown: { title: m.title, text: [`### ${m.title}`, ...lines, ...more].join('\n\n') } };
}

/** 钉钉 加签: the robot checks `timestamp` (ms, within an hour of its clock) and `sign` = base64 HMAC-SHA256 of "timestamp\nsecret". */
export function dingtalkSignedUrl(url: string, secret: string, timestamp: number): string {
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const u = new URL(url);
  u.searchParams.set('timestamp', String(timestamp));
  u.searchParams.set('sign', sign);
  return u.toString();
}

/**
 * Whether a receiver took the message. 企业微信 and 钉钉 answer HTTP 200 even when they refuse
 * (a wrong key, a keyword missing, too many messages): their `errcode` says so.
 */
export function receipt(kind: WebhookKind, status: number, text: string): { ok: true } | { ok: false; error: string } {
  if (status < 200 || status > 299) return { ok: false, error: `HTTP ${status}${text ? `: ${text.slice(0, 200)}` : ''}` };
  if (kind === 'json') return { ok: true };
  let body: { errcode?: unknown; errmsg?: unknown } | null = null;
  try {
    body = JSON.parse(text) as { errcode?: unknown; errmsg?: unknown };
  } catch {
    return { ok: false, error: `HTTP ${status} but the answer is not the robot's JSON: ${text.slice(0, 200)}` };
  }
  if (body?.errcode === 0) return { ok: true };
  return { ok: false, error: `errcode ${String(body?.errcode)}: ${String(body?.errmsg ?? '')}` };
}

/** A robot's URL for the list: its query values (the key or access token is the robot's password) masked. */
export function maskedUrl(url: string): string {
  const u = new URL(url);
  for (const [k, v] of [...u.searchParams]) u.searchParams.set(k, v.length <= 6 ? '***' : `${v.slice(0, 3)}***${v.slice(-3)}`);
  return u.toString();
}
