import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import { first } from '../db/query.ts';
import type { Q } from '../db/store.ts';

export const SESSION_COOKIE = 'wangge_session';
export const SESSION_TTL_MS = 12 * 3600_000;

/** Only a hash of the token is stored, so a copy of the database does not log anyone in. */
const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/** The stored id of a session, from the token its cookie holds. */
export const sessionId = (token: string): string => digest(token);

export async function createSession({ db, t }: Q, userId: string, now: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.delete(t.sessions).where(lt(t.sessions.expiresAt, now));
  await db.insert(t.sessions).values({ id: digest(token), userId, createdAt: now, expiresAt: now + SESSION_TTL_MS });
  return token;
}

export async function sessionUser({ db, t }: Q, token: string, now: number) {
  const row = await first(
    db
      .select({ user: t.users })
      .from(t.sessions)
      .innerJoin(t.users, eq(t.users.id, t.sessions.userId))
      .where(and(eq(t.sessions.id, digest(token)), gt(t.sessions.expiresAt, now), eq(t.users.disabled, false))),
  );
  return row?.user ?? null;
}

export async function deleteSession({ db, t }: Q, token: string): Promise<void> {
  await db.delete(t.sessions).where(eq(t.sessions.id, digest(token)));
}
