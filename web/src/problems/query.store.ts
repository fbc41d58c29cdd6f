import { create } from 'zustand';
import { NO_FILTER, type ProblemFilter } from './problem-query.ts';

interface ProblemQueryStore {
  filter: ProblemFilter;
  /** bumped after this client changes a problem, so every view of the problems asks again */
  revision: number;
  setFilter: (patch: Partial<ProblemFilter>) => void;
  resetFilter: () => void;
  changed: () => void;
}

/** The filter the pins, the list, the exports and the count share, and a change counter for refetching. */
export const useProblemQuery = create<ProblemQueryStore>((set) => ({
  filter: NO_FILTER,
  revision: 0,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  resetFilter: () => set({ filter: NO_FILTER }),
  changed: () => set((s) => ({ revision: s.revision + 1 })),
}));
