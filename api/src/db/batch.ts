/**
 * Splits rows for multi-row inserts: PostgreSQL takes at most 65,535 parameters per statement
 * and SQLite 32,766, so a few hundred rows of a dozen columns go at a time.
 */
export function chunks<T>(rows: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
