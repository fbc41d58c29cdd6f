import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';

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
export function audit(db: Db, e: AuditInput): void {
  db.insert(t.auditEvents).values({ ...e, before: e.before ?? null, after: e.after ?? null }).run();
}
