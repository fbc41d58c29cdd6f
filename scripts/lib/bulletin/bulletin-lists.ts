import type { StatusResponse } from '@wangge/geodata';

/** The units GET /api/status names: missing when any of their grids is missing, late when any is late and none is missing. */
export function statusUnitIds(status: StatusResponse): { missing: string[]; late: string[] } {
  const statuses = new Map<string, Set<string>>();
  for (const g of status.grids) for (const u of g.units) statuses.set(u.unitId, (statuses.get(u.unitId) ?? new Set()).add(u.status));
  const ids = (test: (s: Set<string>) => boolean) => [...statuses].filter(([, s]) => test(s)).map(([id]) => id).sort();
  return { missing: ids((s) => s.has('missing')), late: ids((s) => s.has('late') && !s.has('missing')) };
}

/**
 * CJK Radicals Supplement characters pdf.js reads for some glyphs of Chromium's fonts in place of
 * the ideograph (⺠ for 民), which NFKC leaves alone; mapped back before names are looked up.
 */
const RADICALS: Record<string, string> = { '⺠': '民', '⻓': '长', '⻔': '门', '⻢': '马', '⻋': '车', '⻅': '见', '⻆': '角', '⻜': '飞', '⻩': '黄', '⻬': '齐', '⻰': '龙', '⻄': '西', '⺟': '母', '⻝': '食', '⻛': '风', '⻚': '页', '⻉': '贝' };

export function unRadical(text: string): string {
  return text.replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c);
}

/**
 * The units a section of the 通报's text names: its text from one heading to the next, and each
 * unit named there as "）name：" (how the 通报 writes a list entry), so one name inside another is not mistaken.
 */
export function namedIn(text: string, from: string, to: string, units: readonly { id: string; name: string }[]): string[] {
  const start = text.indexOf(from.normalize('NFKC'));
  const end = text.indexOf(to.normalize('NFKC'), start + 1);
  if (start < 0 || end < 0) throw new Error(`the text has no section from "${from}" to "${to}"`);
  // pdf-text NFKC-normalises (）→ ), ：→ :): the probe is normalised alike
  const section = unRadical(text.slice(start, end)).normalize('NFKC');
  return units.filter((u) => section.includes(`）${u.name}：`.normalize('NFKC'))).map((u) => u.id).sort();
}
