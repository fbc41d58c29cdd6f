import { create } from 'zustand';
import type { CountiesResponse } from '@wangge/geodata';
import { getJson } from '../api/client.ts';
import { mayHaveSession } from '../session/session-hint.ts';
import { countyInSearch, setApiCounty, withCountyParam } from '../api/county.ts';

interface CountiesStore {
  /** the deployment's counties; one: the app looks as it always did (no picker, no county= in the address) */
  counties: CountiesResponse;
  /** the county the app shows (null with one county: the API's default) */
  current: string | null;
  load: () => Promise<void>;
  /** shows another county: its data is loaded in place, the page stays */
  choose: (id: string) => void;
}

/** The account's own county when it is bound to one, read without disturbing the session store. */
async function ownCounty(): Promise<string | null> {
  if (!mayHaveSession()) return null;
  const res = await fetch('/api/me', { headers: { accept: 'application/json' } }).catch(() => null);
  if (!res?.ok) return null;
  return ((await res.json()) as { countyId?: string | null }).countyId ?? null;
}

function writeAddress(): void {
  const search = withCountyParam(window.location.search);
  if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
}

export const useCounties = create<CountiesStore>((set, get) => ({
  counties: [],
  current: null,
  load: async () => {
    const counties = await getJson<CountiesResponse>('/api/counties');
    let current: string | null = null;
    if (counties.length > 1) {
      const named = countyInSearch(window.location.search);
      const match = counties.find((c) => c.id === named || c.code === named);
      current = match?.id ?? (await ownCounty()) ?? counties[0].id;
    }
    setApiCounty(current);
    set({ counties, current });
    writeAddress();
  },
  choose: (id) => {
    if (id === get().current || !get().counties.some((c) => c.id === id)) return;
    setApiCounty(id);
    set({ current: id });
    writeAddress();
  },
}));
