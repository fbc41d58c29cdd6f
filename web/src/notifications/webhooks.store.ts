import { create } from 'zustand';
import type { DeliveryItem, WebhookItem } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import type { Load } from '../state/load.ts';
import { webhooksApi, type NewWebhook } from './webhooks-api.ts';

interface WebhooksStore {
  list: Load<WebhookItem[]> | null;
  /** every unit, for the form's picker */
  units: { id: string; name: string }[] | null;
  /** each robot's delivery log, once asked for */
  logs: Readonly<Record<string, Load<DeliveryItem[]>>>;
  load: () => Promise<void>;
  /** adds a robot, then lists them again; throws the API error for the form to show */
  add: (w: NewWebhook) => Promise<void>;
  remove: (id: string) => Promise<void>;
  /** queues a test message; its outcome shows in the log, which is asked for again */
  test: (id: string) => Promise<void>;
  loadLog: (id: string) => Promise<void>;
}

/** The admin's group robots and their delivery logs. */
export const useWebhooks = create<WebhooksStore>((set, get) => ({
  list: null,
  units: null,
  logs: {},
  load: async () => {
    if (get().list?.state !== 'ready') set({ list: { state: 'loading' } });
    try {
      const [list, units] = await Promise.all([webhooksApi.list(), get().units ? Promise.resolve(null) : webhooksApi.units()]);
      set((s) => ({ list: { state: 'ready', data: list }, units: units ? units.map(({ id, name }) => ({ id, name })) : s.units }));
    } catch (err) {
      set({ list: { state: 'error', message: errorMessage(err) } });
    }
  },
  add: async (w) => {
    await webhooksApi.add(w);
    await get().load();
  },
  remove: async (id) => {
    await webhooksApi.remove(id);
    set((s) => {
      const { [id]: _gone, ...logs } = s.logs;
      return { logs };
    });
    await get().load();
  },
  test: async (id) => {
    await webhooksApi.test(id);
    await get().loadLog(id);
  },
  loadLog: async (id) => {
    if (get().logs[id]?.state !== 'ready') set((s) => ({ logs: { ...s.logs, [id]: { state: 'loading' } } }));
    try {
      const data = await webhooksApi.log(id);
      set((s) => ({ logs: { ...s.logs, [id]: { state: 'ready', data } } }));
    } catch (err) {
      set((s) => ({ logs: { ...s.logs, [id]: { state: 'error', message: errorMessage(err) } } }));
    }
  },
}));
