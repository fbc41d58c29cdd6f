import { describe, expect, it } from 'vitest';
import { checkGridSize, checkSaveSize, countVertices, maxBodyBrackets, MAX_GRID_VERTICES, MAX_SAVE_VERTICES } from './limits.ts';

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

describe('maxBodyBrackets', () => {
  const brackets = (value: unknown) => JSON.stringify(value).split('[').length - 1;
  const triangle = (x: number) => [[x, 0], [x + 1, 0], [x, 1], [x, 0]];

  it('is never passed by a body within the cap, down to the tightest shapes (triangles)', () => {
    // one grid: 2 per vertex plus one, met exactly by a MultiPolygon of triangles
    const triangles = { type: 'MultiPolygon', coordinates: Array.from({ length: 100 }, (_, i) => [triangle(i * 2)]) };
    expect(countVertices(triangles)).toBe(300);
    expect(brackets(triangles)).toBe(2 * 300 + 1);
    const holed = { type: 'Polygon', coordinates: [square, hole] };
    expect(brackets(holed)).toBeLessThanOrEqual(2 * countVertices(holed) + 1);
    // a grid at the cap, sent as a PUT body
    const atCap = { version: 3, geometry: { type: 'Polygon', coordinates: [circle(MAX_GRID_VERTICES)] }, confirmWorse: true, effective: '2026-11-27' };
    expect(brackets(atCap)).toBeLessThanOrEqual(maxBodyBrackets(MAX_GRID_VERTICES, 'one'));
    // a batch of triangle grids, each with its units and people: 3 per vertex at most
    const create = Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, geometry: { type: 'Polygon', coordinates: [triangle(i * 2)] }, unitIds: ['u1', 'u2'], people: [{ role: 'manager', name: '甲' }] }));
    const body = { create, update: [], retire: [] };
    expect(brackets(body)).toBe(3 + 200 * (1 + 5 + 1 + 1));
    expect(brackets(body)).toBeLessThanOrEqual(3 * 600);
    expect(maxBodyBrackets(MAX_SAVE_VERTICES, 'many')).toBe(3 * MAX_SAVE_VERTICES + 1024);
  });

  it('is passed by the load test’s 50,000-vertex grid', () => {
    const grid = { version: 1, geometry: { type: 'Polygon', coordinates: [circle(50_000)] } };
    expect(brackets(grid)).toBe(50_000 + 3);
    expect(brackets(grid)).toBeGreaterThan(maxBodyBrackets(MAX_GRID_VERTICES, 'one'));
  });
});
