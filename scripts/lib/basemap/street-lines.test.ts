import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { sharedEdgeLines } from './street-lines.ts';

const square = (x: number, y: number): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
});

const length = (coords: number[][]) => coords.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - coords[i][0], p[1] - coords[i][1]), 0);

describe('sharedEdgeLines', () => {
  it('draws one square as one closed line', () => {
    const lines = sharedEdgeLines([square(0, 0)]);
    expect(lines).toHaveLength(1);
    expect(length(lines[0].coordinates)).toBe(4);
    expect(lines[0].coordinates[0]).toEqual(lines[0].coordinates.at(-1));
  });

  it('draws the edge two squares share once, split where three edges meet', () => {
    // two unit squares side by side: 7 unit edges, not 8; the points (1,0) and (1,1) have three edges each
    const lines = sharedEdgeLines([square(0, 0), square(1, 0)]);
    expect(lines.reduce((sum, l) => sum + length(l.coordinates), 0)).toBe(7);
    expect(lines).toHaveLength(3);
    for (const l of lines) for (const end of [l.coordinates[0], l.coordinates.at(-1)!]) expect([[1, 0], [1, 1]]).toContainEqual(end);
  });
});
