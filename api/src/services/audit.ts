import type { Q } from '../db/store.ts';

export interface AuditInput {
  at: number;
  userId: string | null;
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Records who changed what, inside the caller's transaction so the record and the change land together. */
export async function audit({ db, t }: Q, e: AuditInput): Promise<void> {
  await db.insert(t.auditEvents).values({ ...e, before: e.before ?? null, after: e.after ?? null });
}
