import type { DeliveryItem, OkResponse, UnitsResponse, WebhookItem, WebhookKind } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

/** What the admin form sends: POST /api/webhooks. */
export interface NewWebhook {
  url: string;
  kind: WebhookKind;
  unitId: string | null;
  name: string | null;
  secret: string | null;
}

/** The group robots' endpoints (admins). */
export const webhooksApi = {
  list: (signal?: AbortSignal) => getJson<WebhookItem[]>('/api/webhooks', signal),
  units: (signal?: AbortSignal) => getJson<UnitsResponse>('/api/units', signal),
  add: (w: NewWebhook) => sendJson<{ id: string }>('POST', '/api/webhooks', w),
  remove: (id: string) => sendJson<OkResponse>('DELETE', `/api/webhooks/${encodeURIComponent(id)}`),
  test: (id: string) => sendJson<{ deliveryId: number }>('POST', `/api/webhooks/${encodeURIComponent(id)}/test`),
  log: (id: string, signal?: AbortSignal) => getJson<DeliveryItem[]>(`/api/webhooks/${encodeURIComponent(id)}/deliveries`, signal),
};
