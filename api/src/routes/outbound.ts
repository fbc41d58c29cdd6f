import type { Outbound } from '../services/outbound.ts';
import { WebhookDeliverer } from '../services/webhook-delivery.ts';
import type { AppDeps } from './context.ts';

const made = new WeakMap<AppDeps, Outbound>();

/** The app's outbound channels: the ones the server was given, else (tests, tools) a deliverer of its own with no links and no text messages. */
export function outboundOf(deps: AppDeps): Outbound {
  if (deps.outbound) return deps.outbound;
  let out = made.get(deps);
  if (!out) {
    out = { publicUrl: null, deliverer: new WebhookDeliverer(deps.store, deps.clock), sms: null };
    made.set(deps, out);
  }
  return out;
}
