/**
 * Areas and percentages as the coverage panel shows them. Square metres up to a square kilometre
 * (a planner reads slivers in m²), km² beyond; a coverage short of complete never rounds up to 100 %.
 */
const KM2 = 1_000_000;

export function formatArea(m2: number, locale: string): string {
  if (!Number.isFinite(m2)) return '—';
  if (m2 >= KM2) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(m2 / KM2)} km²`;
  const digits = m2 < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(m2)} m²`;
}

export function formatPct(pct: number, locale: string): string {
  if (!Number.isFinite(pct)) return '—';
  // 99.996 % covered is not 100 %: cut, never round, towards full
  const shown = pct >= 100 ? 100 : Math.min(Math.floor(pct * 100) / 100, 99.99);
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(shown)}%`;
}
