import { create } from 'zustand';
import type { NotificationItem } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import { notificationsApi } from './notifications-api.ts';

interface NotificationsStore {
  /** null until the first answer */
  items: NotificationItem[] | null;
  unread: number;
  error: string | null;
  /** asks the server again (the bell polls while someone is logged in) */
  load: () => Promise<void>;
  /** marks some read, or all when no ids are given; the list shows it at once and the server's count follows */
  markRead: (ids?: number[]) => Promise<void>;
  /** forgets the last user's notifications */
  clear: () => void;
}

/** The logged-in user's notifications, as the bell shows them. */
export const useNotifications = create<NotificationsStore>((set, get) => ({
  items: null,
  unread: 0,
  error: null,
  load: async () => {
    try {
      const { items, unread } = await notificationsApi.list();
      set({ items, unread, error: null });
    } catch (err) {
      set({ error: errorMessage(err) });
    }
  },
  markRead: async (ids) => {
    const targets = new Set(ids ?? (get().items ?? []).map((n) => n.id));
    const readAt = new Date().toISOString();
    set((s) => {
      const items = s.items?.map((n) => (targets.has(n.id) && n.readAt === null ? { ...n, readAt } : n)) ?? null;
      return { items, unread: items ? items.filter((n) => n.readAt === null).length : s.unread };
    });
    try {
      const { unread } = await notificationsApi.markRead(ids ? { ids } : { all: true });
      set({ unread, error: null });
    } catch (err) {
      set({ error: errorMessage(err) });
    }
  },
  clear: () => set({ items: null, unread: 0, error: null }),
}));
