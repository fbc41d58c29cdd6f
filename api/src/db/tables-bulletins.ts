import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Kit } from './kit.ts';

/** A table whose rows others point at by `id`. */
type Referenced = { id: AnySQLiteColumn };

/**
 * The weekly 通报 as issued, and the read-only tokens of the 创文办's wall display. Written in the
 * same column vocabulary as tables.ts, which adds them to the domain model.
 */
export function defineBulletinTables(k: Kit, { users, counties }: { users: Referenced; counties: Referenced }) {
  /**
   * One county's week's 通报: the admin's comment while the week is open, and once it closed the
   * bulletin as issued (its body is kept, so a closed week's 通报 never changes). Each county
   * issues its own, as it closes its own weeks.
   */
  const bulletins = k.table(
    'bulletins',
    {
      countyId: k.text('county_id').notNull().references(() => counties.id),
      week: k.text('week').notNull(),
      comment: k.text('comment'),
      commentBy: k.text('comment_by').references(() => users.id),
      commentAt: k.ms('comment_at'),
      issuedAt: k.ms('issued_at'),
      /** the BulletinResponse as issued (its comment included); null until the week closed */
      body: k.json('body'),
    },
    (t) => [k.primaryKey({ columns: [t.countyId, t.week] })],
  );

  /** A wall display's token: it reads its county's wall figures without a login, until revoked. */
  const displayTokens = k.table(
    'display_tokens',
    {
      id: k.text('id').primaryKey(),
      name: k.text('name').notNull(),
      /** the county whose wall it shows (null: a token from before counties, seen as the only county's) */
      countyId: k.text('county_id').references(() => counties.id),
      /** sha-256 of the token, hex: the token itself is shown once, when made */
      tokenHash: k.text('token_hash').notNull(),
      createdBy: k.text('created_by').references(() => users.id),
      createdAt: k.ms('created_at').notNull(),
      revokedAt: k.ms('revoked_at'),
    },
    (t) => [k.uniqueIndex('display_tokens_hash').on(t.tokenHash)],
  );

  return { bulletins, displayTokens };
}
