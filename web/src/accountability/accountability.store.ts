import { create } from 'zustand';
import type { ExemptWeek, OverdueResponse, TrendsResponse } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import { useData } from '../state/data.store.ts';
import type { Load } from '../state/load.ts';
import { accountabilityApi, type TrendsBy } from './accountability-api.ts';
import type { Sort } from './overdue-table.ts';
import { NO_FILTERS, type PlaceFilters } from './place-filters.ts';

interface AccountabilityStore {
  filters: PlaceFilters;
  sort: Sort | null;
  trendsBy: TrendsBy;
  overdue: Readonly<Record<string, Load<OverdueResponse>>>;
  /** keyed by `${week}|${by}` */
  trends: Readonly<Record<string, Load<TrendsResponse>>>;
  exempt: Load<ExemptWeek[]> | null;
  setFilters: (filters: PlaceFilters) => void;
  setSort: (sort: Sort | null) => void;
  setTrendsBy: (by: TrendsBy) => void;
  /** fetches again each time (reports keep arriving), showing the last answer meanwhile */
  loadOverdue: (week: string) => Promise<void>;
  loadTrends: (week: string, by: TrendsBy) => Promise<void>;
  loadExempt: () => Promise<void>;
  /** marks (reason given) or unmarks (null) a week, then refreshes the list and that week's map colours; throws the API error */
  setExempt: (week: string, reason: string | null) => Promise<void>;
  /** forgets what was loaded (another user may see other figures); filters and sort stay */
  clear: () => void;
}

export const trendsKey = (week: string, by: TrendsBy) => `${week}|${by}`;

/** What the accountability views show and how: filters and sort survive switching tabs. */
export const useAccountability = create<AccountabilityStore>((set, get) => {
  async function fetchInto<T>(pick: (s: AccountabilityStore) => Load<T> | undefined | null, put: (load: Load<T>) => void, fetcher: () => Promise<T>) {
    if (pick(get())?.state !== 'ready') put({ state: 'loading' });
    try {
      put({ state: 'ready', data: await fetcher() });
    } catch (err) {
      put({ state: 'error', message: errorMessage(err) });
    }
  }

  return {
    filters: NO_FILTERS,
    sort: null,
    trendsBy: 'area',
    overdue: {},
    trends: {},
    exempt: null,
    setFilters: (filters) => set({ filters }),
    setSort: (sort) => set({ sort }),
    setTrendsBy: (trendsBy) => set({ trendsBy }),
    loadOverdue: (week) =>
      fetchInto(
        (s) => s.overdue[week],
        (load) => set((s) => ({ overdue: { ...s.overdue, [week]: load } })),
        () => accountabilityApi.overdue(week),
      ),
    loadTrends: (week, by) =>
      fetchInto(
        (s) => s.trends[trendsKey(week, by)],
        (load) => set((s) => ({ trends: { ...s.trends, [trendsKey(week, by)]: load } })),
        () => accountabilityApi.trends(week, by),
      ),
    loadExempt: () =>
      fetchInto(
        (s) => s.exempt,
        (exempt) => set({ exempt }),
        () => accountabilityApi.exemptWeeks(),
      ),
    setExempt: async (week, reason) => {
      if (reason === null) await accountabilityApi.unmarkExempt(week);
      else await accountabilityApi.markExempt(week, reason);
      // an exempt week changes that week's statuses, the overdue list and the trends
      set({ overdue: {}, trends: {} });
      await Promise.all([get().loadExempt(), useData.getState().reloadStatus(week)]);
    },
    clear: () => set({ overdue: {}, trends: {}, exempt: null }),
  };
});
