import { describe, expect, it } from 'vitest';
import { Ingest } from './ingest.ts';

const square = (x: number, y: number, d = 0.001) => [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];

describe('Ingest', () => {
  it('drops closing and repeated positions and keeps rings as vertex ranges', () => {
    const ing = new Ingest();
    const s = ing.add({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] });
    expect(s.usable).toBe(true);
    expect(s.issue).toBeNull();
    expect(ing.ringEnd[0] - ing.ringStart[0]).toBe(4);
  });

  it('closes an unclosed ring and says so', () => {
    const ing = new Ingest();
    const s = ing.add({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] });
    expect(s.usable).toBe(true);
    expect(s.issue).toEqual({ reason: 'unclosed-ring', at: [0, 1] });
  });

  it('swaps back a grid given wholly as [lat, lon]; refuses one only partly so', () => {
    const ing = new Ingest();
    const whole = ing.add({ type: 'Polygon', coordinates: [square(105.6, 27.1)[0].map(([x, y]) => [y, x])] });
    expect(whole.usable).toBe(true);
    expect(whole.issue?.reason).toBe('swapped-lat-lon');
    expect(ing.ll[2 * ing.ringStart[0]]).toBe(105.6);
    const ring = square(105.6, 27.1)[0];
    ring[1] = [ring[1][1], ring[1][0]];
    const part = ing.add({ type: 'Polygon', coordinates: [ring] });
    expect(part.usable).toBe(false);
    expect(part.issue).toEqual({ reason: 'swapped-lat-lon', at: [27.1, 105.601] });
  });

  it('spots a swapped grid by its place among the others when both readings are in range', () => {
    const ing = new Ingest();
    const shapes = [
      ing.add({ type: 'Polygon', coordinates: square(60.0, 30.0) }),
      ing.add({ type: 'Polygon', coordinates: square(60.01, 30.0) }),
      ing.add({ type: 'Polygon', coordinates: square(60.02, 30.0) }),
      ing.add({ type: 'Polygon', coordinates: [square(60.03, 30.0)[0].map(([x, y]) => [y, x])] }),
    ];
    ing.fixSwappedByContext(shapes);
    expect(shapes.map((s) => s.issue?.reason ?? null)).toEqual([null, null, null, 'swapped-lat-lon']);
    const r = shapes[3].ringFrom;
    expect(ing.ll[2 * ing.ringStart[r]]).toBeCloseTo(60.03, 9);
  });
});
