import { create } from 'zustand';
import type { CountiesResponse } from '@wangge/geodata';
import { getJson } from '../api/client.ts';
import { mayHaveSession } from '../session/session-hint.ts';
import { countyInSearch, setApiCounty, withCountyParam } from '../api/county.ts';
import { useCity } from './city.store.ts';

interface CountiesStore {
  /** the deployment's counties; one: the app looks as it always did (no picker, no county= in the address) */
  counties: CountiesResponse;
  /** the county the app shows (null with one county: the API's default) */
  current: string | null;
  load: () => Promise<void>;
  /** shows another county: its data is loaded in place, the page stays */
  choose: (id: string) => void;
}

/** The signed-in account's county (null: city-wide) and role, read without disturbing the session store; null when nobody is signed in. */
async function account(): Promise<{ countyId: string | null; role: string } | null> {
  if (!mayHaveSession()) return null;
  const res = await fetch('/api/me', { headers: { accept: 'application/json' } }).catch(() => null);
  if (!res?.ok) return null;
  const me = (await res.json()) as { countyId?: string | null; role: string };
  return { countyId: me.countyId ?? null, role: me.role };
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
      const me = match ? null : await account();
      current = match?.id ?? me?.countyId ?? counties[0].id;
      // city-wide staff opening the app without a county in the address start on the whole city
      if (me && me.countyId === null && me.role !== 'reporter') useCity.getState().show();
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
