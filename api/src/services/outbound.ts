import type { SmsMessage, SmsSender } from './sms.ts';
import type { WebhookDeliverer } from './webhook-delivery.ts';

/** What leaves the server besides the answer to a request: group messages and, when a provider is configured, text messages. */
export interface Outbound {
  /** the app's address as people reach it (WANGGE_PUBLIC_URL), for links in group messages; null: no links */
  publicUrl: string | null;
  deliverer: WebhookDeliverer;
  sms: SmsSender | null;
}

/** What sending a reminder did: accounts notified in the app, group messages queued, text messages to send. */
export interface Dispatch {
  notified: number;
  messages: number;
  sms: SmsMessage[];
}

export const NOTHING: Dispatch = { notified: 0, messages: 0, sms: [] };

export function addDispatch(a: Dispatch, b: Dispatch): Dispatch {
  return { notified: a.notified + b.notified, messages: a.messages + b.messages, sms: [...a.sms, ...b.sms] };
}

/**
 * Once the transaction that made them has committed: the queued group messages are sent in the
 * background, and the text messages handed to the provider. Neither is awaited by the caller.
 */
export function afterCommit(out: Outbound, d: Dispatch): void {
  if (d.messages > 0) out.deliverer.kick();
  if (!out.sms) return;
  for (const m of d.sms) out.sms.send(m.phone, m.text).catch((err: unknown) => console.warn(`text message to ${m.phone} not sent: ${(err as Error).message}`));
}
