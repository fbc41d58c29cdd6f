import { and, eq, sql } from 'drizzle-orm';
import { first } from '../db/query.ts';
import type { Store } from '../db/store.ts';
import { HttpError } from '../http/errors.ts';

/** Photos one account may store per day unless WANGGE_PHOTO_QUOTA says otherwise. */
export const DEFAULT_PHOTO_QUOTA = 60;

/** The calendar day in Beijing time, which is when a county's working day starts and ends. */
function beijingDay(now: number): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Takes `photos` (of `bytes` in all) from the account's allowance for today, or refuses with 429
 * naming how many are left, before anything is written. Counted in one transaction, so parallel
 * uploads by one account cannot pass the quota together.
 */
export async function takeUploadQuota(store: Store, userId: string, photos: number, bytes: number, now: number, quota: number): Promise<void> {
  if (photos === 0) return;
  const { t } = store;
  const day = beijingDay(now);
  await store.tx(async ({ db }) => {
    await db
      .insert(t.uploadQuota)
      .values({ userId, day, photos: 0, bytes: 0 })
      .onConflictDoUpdate({ target: [t.uploadQuota.userId, t.uploadQuota.day], set: { photos: sql`${t.uploadQuota.photos}` } });
    const row = await first(db.select().from(t.uploadQuota).where(and(eq(t.uploadQuota.userId, userId), eq(t.uploadQuota.day, day))));
    const used = row?.photos ?? 0;
    if (used + photos > quota) {
      const tomorrow = Date.parse(`${day}T00:00:00+08:00`) + 86_400_000;
      throw new HttpError(429, 'photo_quota', `this account may store ${quota} photos a day; ${Math.max(0, quota - used)} left today`, { quota, left: Math.max(0, quota - used), retryAfterSeconds: Math.ceil((tomorrow - now) / 1000) });
    }
    await db
      .update(t.uploadQuota)
      .set({ photos: used + photos, bytes: (row?.bytes ?? 0) + bytes })
      .where(and(eq(t.uploadQuota.userId, userId), eq(t.uploadQuota.day, day)));
  });
}
