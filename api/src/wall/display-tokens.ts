import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DisplayToken, NewDisplayToken } from '@wangge/geodata';
import { ofCounty } from '../db/county-scope.ts';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import { notFound } from '../http/errors.ts';
import { audit } from '../services/audit.ts';
import { refuseOtherCounty } from '../services/counties.ts';
import { settingsCounty } from '../services/county-settings.ts';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Makes a wall display's token (admins) for the county of the handle: the token is answered once and only its hash is kept. */
export async function createDisplayToken(store: Store, name: string, userId: string, now: number): Promise<NewDisplayToken> {
  const id = `D${now.toString(36).toUpperCase()}${randomBytes(3).toString('hex').toUpperCase()}`;
  const token = randomBytes(24).toString('base64url');
  await store.tx(async (tx) => {
    const countyId = await settingsCounty(tx);
    await tx.db.insert(tx.t.displayTokens).values({ id, name, countyId, tokenHash: hash(token), createdBy: userId, createdAt: now });
    await audit(tx, { at: now, userId, entity: 'display_token', entityId: id, action: 'create', after: { name } });
  });
  return { id, name, token, createdAt: iso(now)!, revokedAt: null };
}

/** The county's tokens. */
export async function listDisplayTokens(q: Q): Promise<DisplayToken[]> {
  const { db, t } = q;
  const rows = await db.select().from(t.displayTokens).where(ofCounty(q, t.displayTokens.countyId)).orderBy(asc(t.displayTokens.createdAt), asc(t.displayTokens.id));
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: iso(r.createdAt)!, revokedAt: iso(r.revokedAt) }));
}

/** Revokes a token of the county at once (admins); revoking one already revoked changes nothing. */
export async function revokeDisplayToken(store: Store, id: string, userId: string, now: number): Promise<void> {
  await store.tx(async (tx) => {
    const row = await first(tx.db.select().from(tx.t.displayTokens).where(eq(tx.t.displayTokens.id, id)));
    if (!row) throw notFound(`no display token ${id}`);
    refuseOtherCounty(tx, row.countyId);
    if (row.revokedAt !== null) return;
    await tx.db.update(tx.t.displayTokens).set({ revokedAt: now }).where(eq(tx.t.displayTokens.id, id));
    await audit(tx, { at: now, userId, entity: 'display_token', entityId: id, action: 'revoke', before: { name: row.name } });
  });
}

/** Whether a token is one an admin made and has not revoked. */
export async function displayTokenValid({ db, t }: Q, token: string): Promise<boolean> {
  if (!token) return false;
  return (await first(db.select({ id: t.displayTokens.id }).from(t.displayTokens).where(and(eq(t.displayTokens.tokenHash, hash(token)), isNull(t.displayTokens.revokedAt))))) !== undefined;
}
