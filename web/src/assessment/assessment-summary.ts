import type { AssessmentPointsResponse, AssessmentScoreGroup } from '@wangge/geodata';

/** How many 点位 the county has, how many are illustrative and how many lie outside every grid. */
export function pointCounts(points: AssessmentPointsResponse): { count: number; examples: number; flagged: number } {
  const props = points.features.map((f) => f.properties);
  return { count: props.length, examples: props.filter((p) => p.example).length, flagged: props.filter((p) => p.flagged).length };
}

/** A group's change against the previous round, in points of percent with a sign; null when either is missing. */
export function scoreChange(g: Pick<AssessmentScoreGroup, 'score' | 'previous'>): string | null {
  if (g.score === null || g.previous === null) return null;
  const d = Math.round((g.score - g.previous) * 10) / 10;
  return d > 0 ? `+${d.toFixed(1)}` : d < 0 ? `−${Math.abs(d).toFixed(1)}` : '±0.0';
}
