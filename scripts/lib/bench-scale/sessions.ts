import { createHash, randomBytes } from 'node:crypto';
import type { Q } from '@wangge/api';
import { chunks } from '@wangge/api/db/batch';
import { SESSION_COOKIE, SESSION_TTL_MS } from '@wangge/api/auth/sessions';

/**
 * Signs the accounts in without their passwords: a session row per account, stored the way the
 * API's login stores it (the token's SHA-256, base64url). Returns each account's cookie header.
 */
export async function insertSessions(q: Q, userIds: readonly string[], now: number): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  const rows = userIds.map((userId) => {
    const token = randomBytes(32).toString('base64url');
    cookies.set(userId, `${SESSION_COOKIE}=${token}`);
    return { id: createHash('sha256').update(token).digest('base64url'), userId, createdAt: now, expiresAt: now + SESSION_TTL_MS };
  });
  for (const part of chunks(rows, 500)) await q.db.insert(q.t.sessions).values(part);
  return cookies;
}
