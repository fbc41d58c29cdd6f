import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Kit } from './kit.ts';

/**
 * Accounts, their sessions and the audit trail of who changed what, in the same column vocabulary
 * as tables.ts.
 */
export function defineAccountTables(k: Kit, { units, counties }: { units: { id: AnySQLiteColumn }; counties: { id: AnySQLiteColumn } }) {
  const users = k.table('users', {
    id: k.text('id').primaryKey(),
    username: k.text('username').notNull().unique(),
    /** the name people know the account by, shown in histories instead of the login name */
    displayName: k.text('display_name').notNull().default(''),
    passwordHash: k.text('password_hash').notNull(),
    role: k.text('role').notNull(),
    unitId: k.text('unit_id').references(() => units.id),
    /** the county the account works in; null: city-wide */
    countyId: k.text('county_id').references(() => counties.id),
    disabled: k.bool('disabled').notNull().default(false),
    /** set by an admin's one-time password: until changed, the account may only change it */
    mustChangePassword: k.bool('must_change_password').notNull().default(false),
    lastLoginAt: k.ms('last_login_at'),
    createdAt: k.ms('created_at').notNull(),
  });

  const sessions = k.table('sessions', {
    id: k.text('id').primaryKey(),
    userId: k.text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: k.ms('created_at').notNull(),
    expiresAt: k.ms('expires_at').notNull(),
  });

  const auditEvents = k.table(
    'audit_events',
    {
      id: k.serial('id'),
      at: k.ms('at').notNull(),
      userId: k.text('user_id'),
      entity: k.text('entity').notNull(),
      entityId: k.text('entity_id').notNull(),
      action: k.text('action').notNull(),
      before: k.json('before'),
      after: k.json('after'),
    },
    (t) => [k.index('audit_entity_idx').on(t.entity, t.entityId)],
  );

  return { users, sessions, auditEvents };
}
