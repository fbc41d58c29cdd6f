import type { Kit } from './kit.ts';

/**
 * State that keeps one client from wearing the server or an account down, shared by every API
 * process: the login throttle's counters and each account's uploads per day. Written in the same
 * column vocabulary as tables.ts, which adds them to the domain model.
 */
export function defineHardeningTables(k: Kit) {
  /**
   * Failed logins counted per key ("pair:" account and address, "addr:" address, "acct:" account):
   * an attempt is counted before its password is checked, so a burst cannot outrun the count.
   */
  const loginThrottle = k.table('login_throttle', {
    key: k.text('key').primaryKey(),
    failures: k.int('failures').notNull(),
    lastAt: k.ms('last_at').notNull(),
  });

  /** Photos (and their bytes) an account stored on one day (Beijing time), against WANGGE_PHOTO_QUOTA. */
  const uploadQuota = k.table(
    'upload_quota',
    {
      userId: k.text('user_id').notNull(),
      day: k.text('day').notNull(),
      photos: k.int('photos').notNull(),
      bytes: k.int('bytes').notNull(),
    },
    (t) => [k.primaryKey({ columns: [t.userId, t.day] })],
  );

  return { loginThrottle, uploadQuota };
}
