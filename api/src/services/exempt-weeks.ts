import { asc, eq } from 'drizzle-orm';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import { notFound } from '../http/errors.ts';
import { audit } from './audit.ts';
import { refuseUnlessOpen } from './week-state.ts';

/** Holiday weeks (免报周): nobody is due to report, so nothing is late or missing. */
export function exemptWeeks({ db, t }: Q) {
  return db.select().from(t.exemptWeeks).orderBy(asc(t.exemptWeeks.week));
}

export async function setExemptWeek(store: Store, week: string, reason: string, userId: string, now: number) {
  const { t } = store;
  const row = { week, reason, createdBy: userId, createdAt: now };
  await refuseUnlessOpen(store, week, now);
  await store.tx(async (tx) => {
    await tx.db.insert(t.exemptWeeks).values(row).onConflictDoUpdate({ target: t.exemptWeeks.week, set: { reason, createdBy: userId, createdAt: now } });
    await audit(tx, { at: now, userId, entity: 'exempt_week', entityId: week, action: 'set', after: row });
  });
  return row;
}

export async function deleteExemptWeek(store: Store, week: string, userId: string, now: number): Promise<void> {
  const { t } = store;
  await refuseUnlessOpen(store, week, now);
  await store.tx(async (tx) => {
    const existing = await first(tx.db.select().from(t.exemptWeeks).where(eq(t.exemptWeeks.week, week)));
    if (!existing) throw notFound(`week ${week} is not marked exempt`);
    await tx.db.delete(t.exemptWeeks).where(eq(t.exemptWeeks.week, week));
    await audit(tx, { at: now, userId, entity: 'exempt_week', entityId: week, action: 'delete', before: existing });
  });
}
