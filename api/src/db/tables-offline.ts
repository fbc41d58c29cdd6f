import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Kit } from './kit.ts';

/**
 * What writes made offline need on the server: each queued write carries the id its phone gave it,
 * and the first result is kept under that id, so a retry after a lost answer repeats the answer and
 * stores nothing new. Written in the same column vocabulary as tables.ts.
 */
export function defineOfflineTables(k: Kit, { users }: { users: { id: AnySQLiteColumn } }) {
  const clientWrites = k.table(
    'client_writes',
    {
      id: k.serial('id'),
      userId: k.text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
      /** the UUID the client generated for the write */
      clientId: k.text('client_id').notNull(),
      /** the policy action written (problem.file, problem.step, report.submit): one id serves one kind */
      action: k.text('action').notNull(),
      status: k.int('status').notNull(),
      response: k.json('response').notNull(),
      createdAt: k.ms('created_at').notNull(),
    },
    (t) => [k.uniqueIndex('client_writes_user_client').on(t.userId, t.clientId)],
  );
  return { clientWrites };
}
