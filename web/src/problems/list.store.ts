import { create } from 'zustand';
import type { ProblemsResponse } from '@wangge/geodata';
import { errorMessage, isAbort } from '../api/client.ts';
import type { Load } from '../state/load.ts';
import { problemsApi } from './problems-api.ts';
import { useProblemQuery } from './query.store.ts';

export const LIST_PAGE_SIZE = 30;

interface ProblemListStore {
  open: boolean;
  offset: number;
  page: Load<ProblemsResponse> | null;
  setOpen: (open: boolean) => void;
  goTo: (offset: number) => void;
}

/** The list view: the filtered problems a page at a time, newest first; loads only while shown. */
export const useProblemList = create<ProblemListStore>((set, get) => {
  let inFlight: AbortController | null = null;

  async function load() {
    if (!get().open) return;
    inFlight?.abort();
    const controller = (inFlight = new AbortController());
    const { offset, page } = get();
    // keep the rows on screen while the next page loads, rather than flash an empty list
    if (page?.state !== 'ready') set({ page: { state: 'loading' } });
    try {
      const data = await problemsApi.list(useProblemQuery.getState().filter, { limit: LIST_PAGE_SIZE, offset }, controller.signal);
      set({ page: { state: 'ready', data } });
    } catch (err) {
      if (!isAbort(err)) set({ page: { state: 'error', message: errorMessage(err) } });
    }
  }

  useProblemQuery.subscribe((s, prev) => {
    if (s.filter !== prev.filter) {
      set({ offset: 0 });
      void load();
    } else if (s.revision !== prev.revision) void load();
  });

  return {
    open: false,
    offset: 0,
    page: null,
    setOpen: (open) => {
      set({ open });
      if (open) void load();
    },
    goTo: (offset) => {
      set({ offset: Math.max(0, offset) });
      void load();
    },
  };
});
