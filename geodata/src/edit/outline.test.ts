import area from '@turf/area';
import bbox from '@turf/bbox';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { outlineOf } from './outline.ts';

const D = 0.01;
/** A square cell of the lattice at column i, row j (0.01° a side, south-west corner at 105.6 E, 27.1 N). */
function cell(i: number, j: number): Polygon {
  const w = 105.6 + i * D;
  const s = 27.1 + j * D;
  return { type: 'Polygon', coordinates: [[[w, s], [w + D, s], [w + D, s + D], [w, s + D], [w, s]]] };
}

const areaOf = (g: Polygon | { type: 'MultiPolygon'; coordinates: number[][][][] }) => area({ type: 'Feature', properties: {}, geometry: g });

describe('outlineOf', () => {
  it('dissolves the shared edge of two neighbours into one polygon of their joint area and extent', () => {
    const out = outlineOf([cell(0, 0), cell(1, 0)])!;
    expect(out.type).toBe('Polygon');
    expect((out as Polygon).coordinates).toHaveLength(1);
    expect(areaOf(out)).toBeCloseTo(areaOf(cell(0, 0)) + areaOf(cell(1, 0)), 3);
    const [w, s, e, n] = bbox(out);
    expect([w, s, e, n].map((v) => Number(v.toFixed(9)))).toEqual([105.6, 27.1, 105.62, 27.11]);
  });

  it('keeps a hole where a ring of eight cells surrounds a missing one', () => {
    const ring = [0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => [i, j] as const)).filter(([i, j]) => !(i === 1 && j === 1));
    const out = outlineOf(ring.map(([i, j]) => cell(i, j)))!;
    expect(out.type).toBe('Polygon');
    expect((out as Polygon).coordinates).toHaveLength(2);
    expect(areaOf(out)).toBeCloseTo(ring.reduce((sum, [i, j]) => sum + areaOf(cell(i, j)), 0), 2);
  });

  it('keeps apart areas that do not touch as parts of one MultiPolygon, and gives null for none', () => {
    const out = outlineOf([cell(0, 0), cell(5, 0)])!;
    expect(out.type).toBe('MultiPolygon');
    expect(out.coordinates).toHaveLength(2);
    expect(outlineOf([])).toBeNull();
  });
});
