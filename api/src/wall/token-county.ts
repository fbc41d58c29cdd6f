import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { first } from '../db/query.ts';
import type { Q } from '../db/store.ts';

/** The header a wall display sends its token in. */
export const DISPLAY_TOKEN_HEADER_NAME = 'x-display-token';

/**
 * The county a wall display's token shows: the county it was made in, when the token is valid
 * (made and not revoked) and names one; null otherwise (a token from before counties shows the
 * deployment's only county, as a request naming none would).
 */
export async function displayTokenCounty({ db, t }: Q, token: string | undefined): Promise<string | null> {
  if (!token) return null;
  const hash = createHash('sha256').update(token).digest('hex');
  const row = await first(db.select({ countyId: t.displayTokens.countyId }).from(t.displayTokens).where(and(eq(t.displayTokens.tokenHash, hash), isNull(t.displayTokens.revokedAt))));
  return row?.countyId ?? null;
}
