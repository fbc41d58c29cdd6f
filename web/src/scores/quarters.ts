const SHANGHAI_MS = 8 * 3600_000;

/** The quarter (like 2026Q4) holding an instant, in Shanghai. */
export function quarterOf(ms: number): string {
  const d = new Date(ms + SHANGHAI_MS);
  return `${d.getUTCFullYear()}Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** The quarter before a quarter. */
export function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

/** The picker's quarters: the running one first, then `count − 1` before it. */
export function recentQuarters(nowMs: number, count: number): string[] {
  const out = [quarterOf(nowMs)];
  while (out.length < count) out.push(previousQuarter(out[out.length - 1]));
  return out;
}

/** A share (0–1) as a percent with one decimal; a dash when nothing was counted. */
export function percent(share: number | null): string {
  return share === null ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
