/** One recorded change: who, when, what, before and after. */
export interface AuditEntry {
  id: number;
  /** ISO time */
  at: string;
  /** the account that made it (null: the system, a script) */
  userId: string | null;
  userName: string | null;
  /** what kind of thing changed: grid, grid-people, user, report, problem, exempt-week… */
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

/** GET /api/audit?q=&from=&to=: the newest changes first, at most `limit`; `truncated` when there were more. */
export interface AuditResponse {
  entries: AuditEntry[];
  truncated: boolean;
}

export const AUDIT_LIMIT = 500;
