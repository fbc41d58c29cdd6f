/**
 * The mock assessment's score bands on the map, best first: a point or grid is coloured by the band
 * its weighted pass rate (0–100) falls in; unscored (nothing scored pass or fail yet) is grey.
 */
export const SCORE_BANDS = [
  { band: 'excellent', from: 90, colour: '#1a9850' },
  { band: 'good', from: 80, colour: '#91cf60' },
  { band: 'fair', from: 60, colour: '#fdae61' },
  { band: 'poor', from: 0, colour: '#d73027' },
] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number]['band'] | 'unscored';

export const UNSCORED_COLOUR = '#b0b7bf';

export function scoreBand(score: number | null | undefined): ScoreBand {
  if (score === null || score === undefined || !Number.isFinite(score)) return 'unscored';
  return SCORE_BANDS.find((b) => score >= b.from)?.band ?? 'poor';
}

export function bandColour(band: ScoreBand): string {
  return SCORE_BANDS.find((b) => b.band === band)?.colour ?? UNSCORED_COLOUR;
}
