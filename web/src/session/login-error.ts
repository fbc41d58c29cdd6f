import { ApiRequestError } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import type { MessageKey } from '../i18n/zh.ts';
import type { Params } from '../i18n/lang.ts';

/** What the login dialog says about a failed attempt: the two refusals with what to try next, others as errorMessage words them. */
export function loginError(err: unknown): { key: MessageKey; params?: Params; hint?: MessageKey } {
  if (err instanceof ApiRequestError) {
    // the server never says which of the two was wrong; the hint says what to try next
    if (err.status === 401) return { key: 'session.badCredentials', hint: 'session.badCredentialsHint' };
    if (err.status === 429) {
      const seconds = err.retryAfter ?? Number(/(\d+)\s*s\b/.exec(err.message)?.[1] ?? NaN);
      if (Number.isFinite(seconds)) return { key: 'session.tooMany', params: { seconds } };
    }
  }
  return { key: 'session.failed', params: { message: errorMessage(err) } };
}
