const KEY = 'wangge.session';

/**
 * Whether this browser may hold a session cookie. The cookie is httpOnly, so the page cannot see
 * it; asking GET /api/me on every load would answer 401 to every anonymous visitor, which the
 * browser logs as a console error. So we ask only after a login here, and forget on logout or 401.
 */
export function mayHaveSession(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return true;
  }
}

export function rememberSession(on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(KEY, '1');
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // storage disabled: the page asks /api/me every time instead
  }
}
