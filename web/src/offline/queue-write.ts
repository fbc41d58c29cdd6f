import { ApiRequestError, isAbort } from '../api/client.ts';
import type { NewOutboxItem } from './outbox-item.ts';
import { outbox } from './outbox.ts';

/** A request that got no answer at all (no connection, the server unreachable), not one the server refused. */
export function isNetworkError(err: unknown): boolean {
  return !(err instanceof ApiRequestError) && !isAbort(err) && (err instanceof TypeError || (typeof navigator !== 'undefined' && navigator.onLine === false));
}

/**
 * Keeps a write that could not be sent in the outbox, to go when the connection returns; false when
 * it could not be kept (nobody logged in, no IndexedDB), for the form to show its error instead.
 */
export async function queueWrite(input: NewOutboxItem): Promise<boolean> {
  try {
    await outbox.enqueue(input);
    return true;
  } catch {
    return false;
  }
}
