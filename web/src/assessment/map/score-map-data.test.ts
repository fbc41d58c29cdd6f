import { describe, expect, it } from 'vitest';
import type { AssessmentPointsResponse, GridsResponse } from '@wangge/geodata';
import { bandColour } from './score-bands.ts';
import { scoredGrids, scoredPoints } from './score-map-data.ts';

const point = (id: string, geometry: AssessmentPointsResponse['features'][number]['geometry']) => ({
  type: 'Feature' as const,
  geometry,
  properties: { id, kind: 'market' as const, name: `点位${id}`, gridId: 'G1', gridCode: '1', communityId: 'C1', streetOfficeId: 'S1', zoneId: null, flagged: false },
});

const points = {
  type: 'FeatureCollection',
  features: [
    point('P1', { type: 'Point', coordinates: [105.6, 27.1] }),
    // a 2 × 2 square: its representative point is the middle of its widest stretch at half height
    point('P2', { type: 'Polygon', coordinates: [[[105, 27], [105.002, 27], [105.002, 27.002], [105, 27.002], [105, 27]]] }),
    point('P3', { type: 'Point', coordinates: [105.7, 27.2] }),
  ],
} as unknown as AssessmentPointsResponse;

describe('scoredPoints', () => {
  it('draws only the sampled points, each at its representative point, coloured and labelled by its score', () => {
    const out = scoredPoints(points, { P1: 62.5, P2: null });
    expect(out.features.map((f) => [f.properties.id, f.properties.score, f.properties.colour, f.properties.label])).toEqual([
      ['P1', 62.5, bandColour('fair'), '63'],
      ['P2', null, bandColour('unscored'), ''],
    ]);
    expect(out.features[0].geometry.coordinates).toEqual([105.6, 27.1]);
    const [x, y] = out.features[1].geometry.coordinates;
    expect([x, y].map((v, i) => Math.abs(v - [105.001, 27.001][i]) < 1e-9)).toEqual([true, true]);
  });

  it('draws nothing before the points arrive', () => {
    expect(scoredPoints(null, { P1: 100 }).features).toEqual([]);
  });
});

describe('scoredGrids', () => {
  it('colours the grids with a sampled point by band and leaves the others plain', () => {
    const square = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    const grids = { type: 'FeatureCollection', features: ['G1', 'G2', 'G3'].map((id) => ({ type: 'Feature', geometry: square, properties: { id, name: `网格${id}` } })) } as unknown as GridsResponse;
    expect(scoredGrids(grids, { G1: 95, G3: 40 }, 'plain').features.map((f) => [f.properties!.id, f.properties!.colour])).toEqual([
      ['G1', bandColour('excellent')],
      ['G2', 'plain'],
      ['G3', bandColour('poor')],
    ]);
  });
});
