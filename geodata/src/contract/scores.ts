/** A checked value, or the message naming what is wrong. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The quarterly 考核: a score per unit from weighted indicators. GET /api/scores?quarter=2026Q4
 * answers ScoresResponse; PUT /api/score-weights sets the weights (percent, summing to 100).
 */
export const SCORE_INDICATORS = ['onTime', 'fixedOnTime', 'rework', 'assessment'] as const;
export type ScoreIndicator = (typeof SCORE_INDICATORS)[number];
export type ScoreWeights = Record<ScoreIndicator, number>;

/**
 * The default table. The first three keep the proportions 50 : 30 : 20 they had before the mock
 * assessment counted, so a unit with no point sampled in the quarter scores as it did.
 */
export const DEFAULT_SCORE_WEIGHTS: Readonly<ScoreWeights> = Object.freeze({ onTime: 40, fixedOnTime: 24, rework: 16, assessment: 20 });


/**
 * A weight table: every indicator, each a number of percent from 0 to 100, together 100. A table
 * without `assessment` (as they were written before it counted) means 0 for it.
 */
export function checkScoreWeights(input: unknown): Checked<ScoreWeights> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, message: `the weight table must be an object like ${JSON.stringify(DEFAULT_SCORE_WEIGHTS)}` };
  const value = { assessment: 0, ...input };
  const entries = Object.entries(value as Record<string, unknown>);
  const unknown = entries.map(([k]) => k).filter((k) => !(SCORE_INDICATORS as readonly string[]).includes(k));
  if (unknown.length) return { ok: false, message: `the weight table has unknown indicators: ${unknown.join(', ')} (known: ${SCORE_INDICATORS.join(', ')})` };
  const missing = SCORE_INDICATORS.filter((k) => !(k in (value as object)));
  if (missing.length) return { ok: false, message: `the weight table lacks ${missing.join(', ')}` };
  const weights = value as Record<ScoreIndicator, unknown>;
  for (const k of SCORE_INDICATORS) {
    const w = weights[k];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 100) return { ok: false, message: `the weight of ${k} must be a number of percent from 0 to 100 (got ${JSON.stringify(w)})` };
  }
  const sum = SCORE_INDICATORS.reduce((s, k) => s + (weights[k] as number), 0);
  if (Math.abs(sum - 100) > 1e-9) return { ok: false, message: `the weights must add up to 100 (they add up to ${sum})` };
  return { ok: true, value: weights as ScoreWeights };
}

const QUARTER_RE = /^(\d{4})Q([1-4])$/;

/** A quarter named like 2026Q4: its first and last day (Asia/Shanghai dates). */
export function checkQuarter(value: unknown): Checked<{ quarter: string; from: string; to: string }> {
  if (typeof value !== 'string' || value === '') return { ok: false, message: 'quarter is required, e.g. 2026Q4' };
  const m = QUARTER_RE.exec(value);
  if (!m) return { ok: false, message: `quarter "${value}" is not a quarter like 2026Q4` };
  const year = Number(m[1]);
  const q = Number(m[2]);
  const from = new Date(Date.UTC(year, (q - 1) * 3, 1)).toISOString().slice(0, 10);
  const to = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
  return { ok: true, value: { quarter: value, from, to } };
}

/** One indicator of a unit: the share (0–1) and the counts it comes from; share null when nothing counted. */
export interface ScoreRatio {
  count: number;
  of: number;
  share: number | null;
}

export interface UnitScore {
  /** 1 = best; equal scores share a rank */
  rank: number;
  unitId: string;
  unitName: string;
  /** 0–100, one decimal */
  score: number;
  /** how the score was worked out, e.g. "50%×100.0 + 30%×50.0 + 20%×(100−0.0) = 85.0" */
  formula: string;
  /** weekly reports on time of those due (on time ÷ (on time + late + missing)) */
  onTime: ScoreRatio;
  /** 按期整改率: its problems due in the quarter that stood fixed or verified at their deadline, of those due (open and overdue ones included) */
  fixedOnTime: ScoreRatio;
  /** 返工率: its problems fixed in the quarter that were sent back in it, of those fixed; the score takes 100 − this */
  rework: ScoreRatio;
  /**
   * 测评得分率: over the mock-assessment rounds ending in the quarter, the checklist weight its sampled
   * points passed (count) of the weight scored pass or fail (of); items not applicable left out
   */
  assessment: ScoreRatio;
}

export interface ScoresResponse {
  quarter: string;
  from: string;
  to: string;
  /** the weeks counted: those of the quarter that were due by now and the deployment ran */
  weeks: string[];
  weights: ScoreWeights;
  /** units with anything to count, best first; empty when the quarter has no data */
  units: UnitScore[];
}
