export type Cell = string | number | null;

export function csvCell(v: Cell): string {
  if (v === null) return '';
  const s = String(v);
  // Quote what needs it, and neutralise a leading =,+,-,@ so a spreadsheet never runs it as a formula.
  const safe = typeof v === 'string' && /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a UTF-8 BOM so Excel opens Chinese text correctly. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
