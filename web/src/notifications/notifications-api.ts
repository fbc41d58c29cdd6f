import type { MarkReadRequest, NotificationsResponse, ReminderRequest, ReminderResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

/** The endpoints of the bell and of 催报. */
export const notificationsApi = {
  list: (signal?: AbortSignal) => getJson<NotificationsResponse>('/api/notifications', signal),
  markRead: (req: MarkReadRequest) => sendJson<{ unread: number }>('POST', '/api/notifications/read', req),
  remind: (req: ReminderRequest) => sendJson<ReminderResponse>('POST', '/api/reminders', req),
};
