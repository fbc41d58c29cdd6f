import { create } from 'zustand';
import type { MeResponse, Role } from '@wangge/geodata';
import { ApiRequestError } from '../api/client.ts';
import { sessionApi } from './session-api.ts';
import { mayHaveSession, rememberSession } from './session-hint.ts';

/** unknown: GET /api/me has not answered yet; out: nobody logged in; in: `me` is the user. */
export type SessionState = 'unknown' | 'out' | 'in';

interface SessionStore {
  me: MeResponse | null;
  state: SessionState;
  /** asks the server who is logged in (the cookie is httpOnly, so the page cannot tell by itself) */
  load: () => Promise<void>;
  /** throws the ApiRequestError (401 wrong password, 429 too many attempts) for the dialog to show */
  login: (username: string, password: string) => Promise<MeResponse>;
  logout: () => Promise<void>;
  /** changes the account's own password (throws the ApiRequestError to show); a one-time login is free afterwards */
  changePassword: (current: string, next: string) => Promise<void>;
  /** the server ended the session (any request answered 401): nobody is logged in any more */
  expire: () => void;
}

/** Who is using the app. Views read it through useSession(); role checks through hasRole(). */
export const useSessionStore = create<SessionStore>((set, get) => ({
  me: null,
  state: 'unknown',
  load: async () => {
    if (!mayHaveSession()) {
      set({ me: null, state: 'out' });
      return;
    }
    try {
      set({ me: await sessionApi.me(), state: 'in' });
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 401) get().expire();
      else set((s) => ({ state: s.me ? 'in' : 'out' }));
    }
  },
  login: async (username, password) => {
    const me = await sessionApi.login(username, password);
    rememberSession(true);
    set({ me, state: 'in' });
    return me;
  },
  logout: async () => {
    try {
      await sessionApi.logout();
    } finally {
      rememberSession(false);
      set({ me: null, state: 'out' });
    }
  },
  changePassword: async (current, next) => {
    await sessionApi.changePassword(current, next);
    const me = get().me;
    if (me) set({ me: { ...me, mustChangePassword: false } });
  },
  expire: () => {
    rememberSession(false);
    if (get().state !== 'out') set({ me: null, state: 'out' });
  },
}));

/** The session for components: re-renders when the user logs in or out. */
export function useSession(): SessionStore {
  return useSessionStore();
}

/** Whether the logged-in user has one of the roles (false when nobody is logged in); reads the current state. */
export function hasRole(...roles: Role[]): boolean {
  const me = useSessionStore.getState().me;
  return me !== null && roles.includes(me.role);
}

/** Hook form of hasRole: re-renders when the answer changes. */
export function useHasRole(...roles: Role[]): boolean {
  return useSessionStore((s) => s.me !== null && roles.includes(s.me.role));
}
