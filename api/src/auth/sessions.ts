import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';

export const SESSION_COOKIE = 'wangge_session';
export const SESSION_TTL_MS = 12 * 3600_000;

/** Only a hash of the token is stored, so a copy of the database does not log anyone in. */
const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

export function createSession(db: Db, userId: string, now: number): string {
  const token = randomBytes(32).toString('base64url');
  db.delete(t.sessions).where(lt(t.sessions.expiresAt, now)).run();
  db.insert(t.sessions).values({ id: digest(token), userId, createdAt: now, expiresAt: now + SESSION_TTL_MS }).run();
  return token;
}

export function sessionUser(db: Db, token: string, now: number) {
  const row = db
    .select({ user: t.users })
    .from(t.sessions)
    .innerJoin(t.users, eq(t.users.id, t.sessions.userId))
    .where(and(eq(t.sessions.id, digest(token)), gt(t.sessions.expiresAt, now), eq(t.users.disabled, false)))
    .get();
  return row?.user ?? null;
}

export function deleteSession(db: Db, token: string): void {
  db.delete(t.sessions).where(eq(t.sessions.id, digest(token))).run();
}
