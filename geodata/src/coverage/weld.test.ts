import { describe, expect, it } from 'vitest';
import { VertexStore, Welder } from './weld.ts';

describe('Welder', () => {
  it('gives positions within the tolerance one id, and farther ones their own', () => {
    const w = new Welder(new VertexStore(), 0.001);
    const a = w.weld(100, 200);
    expect(w.weld(100.0004, 199.9997)).toBe(a);
    expect(w.weld(100.002, 200)).not.toBe(a);
    expect(w.store.n).toBe(2);
  });

  it('finds a match across a cell border in every direction', () => {
    const w = new Welder(new VertexStore(), 0.001);
    // cells are 8 mm: put a vertex just either side of a border at x = 0.008, y = 0.008
    const v = w.weld(0.0079995, 0.0079995);
    for (const [dx, dy] of [[0.0009, 0], [0, 0.0009], [0.0006, 0.0006], [-0.0009, 0], [0, -0.0009]]) {
      expect(w.lookup(0.0079995 + dx, 0.0079995 + dy)).toBe(v);
    }
    expect(w.lookup(0.0079995 + 0.0008, 0.0079995 + 0.0008)).toBe(-1);
  });

  it('keeps working past its expected size', () => {
    const w = new Welder(new VertexStore(4), 0.001, 4);
    for (let i = 0; i < 5000; i++) w.weld(i * 0.01, (i % 7) * 0.01);
    expect(w.store.n).toBe(5000);
    expect(w.lookup(1234 * 0.01, (1234 % 7) * 0.01)).toBe(1234);
  });
});
