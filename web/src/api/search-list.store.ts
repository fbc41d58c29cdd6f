import { create } from 'zustand';
import { isAbort } from './client.ts';
import { errorMessage } from './error-message.ts';

/** An admin list searched on the server: the latest search wins, and rows the server answers with are put in place. */
export interface SearchListStore<T> {
  search: string;
  /** null until the first answer */
  items: T[] | null;
  error: string | null;
  /** asks again for the rows matching `search` (an earlier ask still under way is dropped) */
  load: (search: string) => Promise<void>;
  /** puts rows the server just answered with into the list (added or changed), kept in `order` */
  put: (...rows: T[]) => void;
}

/** A store for one such list: `list` asks the server, `order` is the order the server lists them in. */
export function createSearchList<T extends { id: string }>(list: (search: string, signal: AbortSignal) => Promise<T[]>, order: (a: T, b: T) => number) {
  let asking: AbortController | null = null;
  return create<SearchListStore<T>>((set, get) => ({
    search: '',
    items: null,
    error: null,
    load: async (search) => {
      asking?.abort();
      const mine = (asking = new AbortController());
      set({ search, error: null });
      try {
        const items = await list(search.trim(), mine.signal);
        if (asking === mine) set({ items });
      } catch (err) {
        if (!isAbort(err) && asking === mine) set({ error: errorMessage(err) });
      }
    },
    put: (...changed) => {
      const kept = (get().items ?? []).filter((row) => !changed.some((c) => c.id === row.id));
      set({ items: [...kept, ...changed].sort(order) });
    },
  }));
}
