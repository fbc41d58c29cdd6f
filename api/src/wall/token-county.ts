import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { first } from '../db/query.ts';
import type { Q } from '../db/store.ts';

/**
 * The county a wall display's token shows: the county it was made in (null: a token from before
 * counties, which shows the county a request naming none would). Undefined: not a token an admin
 * made and has not revoked.
 */
export async function displayTokenCounty({ db, t }: Q, token: string | undefined): Promise<string | null | undefined> {
  if (!token) return undefined;
  const hash = createHash('sha256').update(token).digest('hex');
  const row = await first(db.select({ countyId: t.displayTokens.countyId }).from(t.displayTokens).where(and(eq(t.displayTokens.tokenHash, hash), isNull(t.displayTokens.revokedAt))));
  return row ? row.countyId : undefined;
}
