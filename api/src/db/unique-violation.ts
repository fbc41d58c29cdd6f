/**
 * Whether an error (as thrown by drizzle, which wraps the driver's in `cause`) is a unique
 * constraint refusing a row, and on what: SQLite names the columns ("weekly_reports.unit_id, …"),
 * PostgreSQL the index ("weekly_reports_unit_grid_week"). Null when it is anything else.
 * Writes that race (two first submissions of one report) lose here rather than in a check the
 * other transaction could not see yet.
 */
export function uniqueViolation(err: unknown): { on: string } | null {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message, constraint } = e as { code?: unknown; message?: unknown; constraint?: unknown };
    if (code === '23505') return { on: typeof constraint === 'string' ? constraint : '' };
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      const m = typeof message === 'string' ? /constraint failed: (.*)$/.exec(message) : null;
      return { on: m?.[1] ?? '' };
    }
  }
  return null;
}
