import { SCORE_INDICATORS, type ScoreIndicator, type ScoreRatio, type ScoreWeights, type UnitScore } from '@wangge/geodata';

export const ratio = (count: number, of: number): ScoreRatio => ({ count, of, share: of === 0 ? null : count / of });

const one = (x: number) => x.toFixed(1);

/** An indicator's points out of 100: the share in percent, or 100 less it for rework (fewer sent back is better). */
function points(k: ScoreIndicator, share: number): number {
  return k === 'rework' ? 100 - share * 100 : share * 100;
}

/**
 * The weighted score of one unit and the formula that makes it. An indicator with nothing to
 * count (no report due, no problem due or fixed) is left out and the other weights scaled up to
 * 100%, so a unit is neither rewarded nor punished for what it never had to do; null when none counts.
 */
export function scoreOf(r: Record<ScoreIndicator, ScoreRatio>, w: ScoreWeights): { score: number; formula: string } | null {
  const used = SCORE_INDICATORS.filter((k) => r[k].share !== null && w[k] > 0);
  if (used.length === 0) return null;
  const weight = used.reduce((s, k) => s + w[k], 0);
  const sum = used.reduce((s, k) => s + w[k] * points(k, r[k].share!), 0);
  const score = Math.round((sum / weight) * 10) / 10;
  const terms = used.map((k) => `${w[k]}%×${k === 'rework' ? `(100−${one(r[k].share! * 100)})` : one(r[k].share! * 100)}`).join(' + ');
  const formula = weight === 100 ? `${terms} = ${one(score)}` : `(${terms}) ÷ ${weight}% = ${one(score)}`;
  return { score, formula };
}

/** Best first; equal scores share a rank (1, 2, 2, 4), then by name. */
export function ranked(units: Omit<UnitScore, 'rank'>[]): UnitScore[] {
  const sorted = [...units].sort((a, b) => b.score - a.score || a.unitName.localeCompare(b.unitName, 'zh') || a.unitId.localeCompare(b.unitId));
  return sorted.map((u, i) => ({ rank: sorted.findIndex((v) => v.score === u.score) + 1 || i + 1, ...u }));
}
