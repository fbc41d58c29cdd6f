import type { CoverageSummary } from '@wangge/geodata';

/** The defects that leave an area covered but the grids still wrong, in the order the headline names them. */
export const FLAWS = ['overlap', 'outside', 'invalid'] as const;
export type Flaw = (typeof FLAWS)[number];

/**
 * What the headline says beside the coverage %. "Not fully covered" is only true when a gap is left
 * (and then the % is under 100); overlaps, spill-overs and invalid grids leave the area covered, so
 * the headline says that and names them rather than contradict a 100 % beside it.
 */
export type CoverageVerdict = { kind: 'full' } | { kind: 'gaps' } | { kind: 'flawed'; flaws: Flaw[] };

const countOf = (s: CoverageSummary, flaw: Flaw): number => ({ overlap: s.overlapCount, outside: s.outsideCount, invalid: s.invalidCount })[flaw];

export function coverageVerdict(report: { ok: boolean; summary: CoverageSummary }): CoverageVerdict {
  const s = report.summary;
  if (s.gapCount > 0 || s.coveredPct < 100) return { kind: 'gaps' };
  const flaws = FLAWS.filter((f) => countOf(s, f) > 0);
  return report.ok || flaws.length === 0 ? { kind: 'full' } : { kind: 'flawed', flaws };
}
