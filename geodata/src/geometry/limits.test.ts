import { describe, expect, it } from 'vitest';
import { checkGridSize, checkSaveSize, countVertices, MAX_GRID_VERTICES, MAX_SAVE_VERTICES } from './limits.ts';

const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
const hole = [[0.2, 0.2], [0.4, 0.2], [0.3, 0.4], [0.2, 0.2]];

/** a closed ring of n vertices on a circle */
const circle = (n: number) => {
  const ring = Array.from({ length: n }, (_, i) => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]);
  ring.push(ring[0]);
  return ring;
};

/** a ring of n + 1 positions that throws if any position is read: only its length may be */
const untouchable = (n: number) =>
  new Proxy(new Array(n + 1), {
    get(target, key) {
      if (key === 'length') return target.length;
      if (typeof key === 'string' && /^\d+$/.test(key)) throw new Error(`position ${key} was read`);
      return Reflect.get(target, key);
    },
  });

describe('countVertices', () => {
  it('counts positions less each closing one, over holes and parts', () => {
    expect(countVertices({ type: 'Polygon', coordinates: [square] })).toBe(4);
    expect(countVertices({ type: 'Polygon', coordinates: [square, hole] })).toBe(7);
    expect(countVertices({ type: 'MultiPolygon', coordinates: [[square, hole], [square]] })).toBe(11);
  });

  it('counts nothing in what is not a polygon', () => {
    expect(countVertices(null)).toBe(0);
    expect(countVertices({ type: 'LineString', coordinates: square })).toBe(0);
    expect(countVertices({ type: 'Polygon', coordinates: 'x' })).toBe(0);
    expect(countVertices({ type: 'Polygon', coordinates: [7, [], square] })).toBe(4);
  });

  it('counts a million-vertex ring from its length alone', () => {
    expect(countVertices({ type: 'Polygon', coordinates: [untouchable(1_000_000)] })).toBe(1_000_000);
  });
});

describe('checkGridSize and checkSaveSize', () => {
  it('a grid at the cap passes; one more vertex is refused, naming the grid and the count', () => {
    expect(checkGridSize('G1', { type: 'Polygon', coordinates: [circle(MAX_GRID_VERTICES)] })).toEqual({ ok: true, vertices: MAX_GRID_VERTICES });
    const r = checkGridSize('G7', { type: 'Polygon', coordinates: [circle(MAX_GRID_VERTICES + 1)] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('too_many_vertices');
      expect(r.message).toContain('grid G7 has 20001 vertices');
      expect(r.message).toContain(`at most ${MAX_GRID_VERTICES}`);
    }
  });

  it('a save is held to the total of its grids', () => {
    const quarter = { type: 'Polygon', coordinates: [circle(MAX_SAVE_VERTICES / 4)] };
    const four = ['a', 'b', 'c', 'd'].map((id) => ({ id, geometry: quarter }));
    expect(checkSaveSize(four)).toEqual({ ok: true, vertices: MAX_SAVE_VERTICES });
    const r = checkSaveSize([...four, { id: 'e', geometry: { type: 'Polygon', coordinates: [square] } }]);
    expect(r).toEqual({
      ok: false,
      code: 'too_many_vertices',
      message: `this save has ${MAX_SAVE_VERTICES + 4} vertices in 5 grids; one save may have at most ${MAX_SAVE_VERTICES} (save fewer grids at a time)`,
    });
  });
});
