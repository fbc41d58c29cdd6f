/** One changed field of an audit entry, its values shortened for a list. */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

const MAX = 80;
/** values too long to read in a list (a boundary's coordinates) are named, not shown */
const HIDDEN = new Set(['geometry', 'passwordHash']);

function short(value: unknown): string | null {
  if (value === undefined) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

const asRecord = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/**
 * What an entry changed: for two objects, the fields whose values differ (in the order they
 * appear); otherwise the whole before and after as one change. Hidden fields show as changed
 * without their values.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return before === null && after === null ? [] : [{ field: '', before: short(before ?? undefined), after: short(after ?? undefined) }];
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return fields
    .filter((f) => JSON.stringify(b?.[f]) !== JSON.stringify(a?.[f]))
    .map((f) => (HIDDEN.has(f) ? { field: f, before: null, after: null } : { field: f, before: short(b?.[f]), after: short(a?.[f]) }));
}
