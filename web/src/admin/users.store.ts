import { create } from 'zustand';
import type { AccountInfo } from '@wangge/geodata';
import { isAbort } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { usersApi } from './users-api.ts';

interface UsersStore {
  search: string;
  accounts: AccountInfo[] | null;
  error: string | null;
  /** asks again for the accounts matching `search` (the latest ask wins) */
  load: (search: string) => Promise<void>;
  /** puts an account the server just answered with into the list (added or changed) */
  put: (account: AccountInfo) => void;
}

let asking: AbortController | null = null;

/** The accounts list of the admin's view (GET /api/users?q=). */
export const useUsers = create<UsersStore>((set, get) => ({
  search: '',
  accounts: null,
  error: null,
  load: async (search) => {
    asking?.abort();
    const mine = (asking = new AbortController());
    set({ search, error: null });
    try {
      const accounts = await usersApi.list(search.trim(), mine.signal);
      if (asking === mine) set({ accounts });
    } catch (err) {
      if (!isAbort(err) && asking === mine) set({ error: errorMessage(err) });
    }
  },
  put: (account) => {
    const list = get().accounts ?? [];
    const known = list.some((a) => a.id === account.id);
    const accounts = known ? list.map((a) => (a.id === account.id ? account : a)) : [...list, account].sort((a, b) => a.username.localeCompare(b.username));
    set({ accounts });
  },
}));
