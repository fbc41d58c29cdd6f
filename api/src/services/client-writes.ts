import { and, eq } from 'drizzle-orm';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import { uniqueViolation } from '../db/unique-violation.ts';
import { badRequest, conflict } from '../http/errors.ts';

/** The writes a phone may queue offline and send again. */
export type ClientWriteAction = 'problem.file' | 'problem.step' | 'report.submit';

export interface Answer<T> {
  status: ContentfulStatusCode;
  body: T;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The write's `clientId` (a UUID the client generated), or null when it sent none. */
export function readClientId(body: Record<string, unknown>): string | null {
  const value = body.clientId;
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !UUID.test(value)) throw badRequest('clientId must be a UUID such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427', 'bad_field', { field: 'clientId' });
  return value.toLowerCase();
}

function earlier(q: Q, userId: string, clientId: string) {
  const { db, t } = q;
  return first(db.select().from(t.clientWrites).where(and(eq(t.clientWrites.userId, userId), eq(t.clientWrites.clientId, clientId))));
}

function repeat<T>(row: { action: string; status: number; response: unknown }, action: ClientWriteAction): Answer<T> & { repeated: true } {
  if (row.action !== action) {
    throw conflict(`this clientId was already used for another kind of write (${row.action}); every write needs its own`, 'client_id_reused', { action: row.action });
  }
  return { status: row.status as ContentfulStatusCode, body: row.response as T, repeated: true };
}

/**
 * Runs `write` once per (user, clientId): the first time in one transaction with the record of its
 * answer, every later time answering that record and writing nothing. Without a clientId it simply
 * writes. A write that failed stored nothing, so its retry is a first time again.
 */
export async function exactlyOnce<T>(
  store: Store,
  userId: string,
  clientId: string | null,
  action: ClientWriteAction,
  now: number,
  write: () => Promise<Answer<T>>,
): Promise<Answer<T> & { repeated: boolean }> {
  if (clientId === null) return { ...(await write()), repeated: false };
  try {
    return await store.tx(async (tx) => {
      const before = await earlier(tx, userId, clientId);
      if (before) return repeat<T>(before, action);
      const answer = await write();
      await tx.db.insert(tx.t.clientWrites).values({ userId, clientId, action, status: answer.status, response: answer.body, createdAt: now });
      return { ...answer, repeated: false };
    });
  } catch (err) {
    // the same write sent twice at once: the one that committed first answers both
    if (!uniqueViolation(err)?.on.includes('client_writes')) throw err;
    const before = await earlier(store, userId, clientId);
    if (!before) throw err;
    return repeat<T>(before, action);
  }
}
