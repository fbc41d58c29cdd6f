import type { FeatureCollection, Point } from 'geojson';
import { representativePoint, type AssessmentPointsResponse, type GridsResponse } from '@wangge/geodata';
import { bandColour, scoreBand } from './score-bands.ts';

export interface ScoredProps {
  id: string;
  name: string;
  /** the weighted pass rate, 0–100; null: nothing scored pass or fail */
  score: number | null;
  colour: string;
  /** what the map prints beside a point: its score, nothing while unscored */
  label: string;
}

const props = (id: string, name: string, score: number | null): ScoredProps => ({ id, name, score, colour: bandColour(scoreBand(score)), label: score === null ? '' : score.toFixed(0) });

/** The round's sampled points (those with a score entry), each at its representative point, coloured by its score. */
export function scoredPoints(points: AssessmentPointsResponse | null, scores: Readonly<Record<string, number | null>>): FeatureCollection<Point, ScoredProps> {
  const features = (points?.features ?? [])
    .filter((f) => f.properties.id in scores)
    .map((f) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: representativePoint(f.geometry) }, properties: props(f.properties.id, f.properties.name, scores[f.properties.id]) }));
  return { type: 'FeatureCollection', features };
}

/**
 * Every grid: those a sampled point lies in coloured by the grid's score in the round, the others
 * plain, so the week's status colours underneath are not read as scores.
 */
export function scoredGrids(grids: GridsResponse | null, scores: Readonly<Record<string, number | null>>, plain: string): FeatureCollection {
  const features = (grids?.features ?? []).map((g) => {
    const sampled = g.properties.id in scores;
    const p = props(g.properties.id, g.properties.name, sampled ? scores[g.properties.id] : null);
    return { type: 'Feature' as const, geometry: g.geometry, properties: sampled ? p : { ...p, colour: plain } };
  });
  return { type: 'FeatureCollection', features };
}
