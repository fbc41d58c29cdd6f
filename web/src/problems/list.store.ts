import { create } from 'zustand';
import type { ProblemsResponse } from '@wangge/geodata';
import { isAbort } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { useSessionStore } from '../session/session.store.ts';
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
  /** asks again for the page shown (a problem changed), or for the first page (the filter changed) */
  reload: (opts: { fromStart: boolean }) => void;
  /** another user (or nobody) now: the last one's own-unit filter is not theirs */
  forgetUser: (previousUnitId: string | null) => void;
}

/** The list view: the filtered problems a page at a time, newest first; loads only while shown. */
export const useProblemList = create<ProblemListStore>((set, get) => {
  let inFlight: AbortController | null = null;
  let opened = false;

  /** A unit's reporter works on its own unit's problems: the first list it opens starts filtered to them. */
  const startWithOwnUnit = () => {
    const me = useSessionStore.getState().me;
    const query = useProblemQuery.getState();
    if (opened || me?.role !== 'reporter' || !me.unitId || query.filter.unit) return false;
    opened = true;
    query.setFilter({ unit: me.unitId });
    return true;
  };

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

  return {
    open: false,
    offset: 0,
    page: null,
    setOpen: (open) => {
      set({ open });
      // a new filter reloads the list by itself (state/wiring.ts)
      if (open && !startWithOwnUnit()) void load();
      if (open) opened = true;
    },
    goTo: (offset) => {
      set({ offset: Math.max(0, offset) });
      void load();
    },
    reload: ({ fromStart }) => {
      if (fromStart) set({ offset: 0 });
      void load();
    },
    forgetUser: (previousUnitId) => {
      opened = false;
      const query = useProblemQuery.getState();
      if (previousUnitId && query.filter.unit === previousUnitId) query.setFilter({ unit: null });
    },
  };
});
