import { describe, expect, it } from 'vitest';
import { readingOrder, rectRing, splitRect, type CellRect } from './partition.ts';
import { mulberry32 } from './prng.ts';

/** which piece holds each cell of the block; -1 for none, throws on a cell held twice */
function owners(rect: CellRect, pieces: CellRect[]): number[] {
  const w = rect.x1 - rect.x0;
  const out = new Array((rect.y1 - rect.y0) * w).fill(-1);
  pieces.forEach((p, k) => {
    for (let y = p.y0; y < p.y1; y++) {
      for (let x = p.x0; x < p.x1; x++) {
        const at = (y - rect.y0) * w + (x - rect.x0);
        if (out[at] !== -1) throw new Error(`cell ${x},${y} held by pieces ${out[at]} and ${k}`);
        out[at] = k;
      }
    }
  });
  return out;
}

describe('splitRect', () => {
  it('cuts a block into pieces that hold every cell once, each at least its weight', () => {
    const rect = { x0: 2, y0: 3, x1: 22, y1: 16 };
    for (let seed = 1; seed <= 20; seed++) {
      const weights = [5, 1, 9, 3, 3, 7, 2];
      const pieces = splitRect(mulberry32(seed), rect, weights);
      expect(pieces).toHaveLength(7);
      expect(owners(rect, pieces).includes(-1)).toBe(false);
      pieces.forEach((p, k) => {
        expect(p.x0).toBeGreaterThanOrEqual(rect.x0);
        expect(p.y1).toBeLessThanOrEqual(rect.y1);
        expect((p.x1 - p.x0) * (p.y1 - p.y0)).toBeGreaterThanOrEqual(weights[k]);
      });
    }
  });

  it('keeps the even split within the jitter: 2 equal pieces of a 20 × 10 block are 20 ± 12 % columns apart', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const [a, b] = splitRect(mulberry32(seed), { x0: 0, y0: 0, x1: 20, y1: 10 }, [1, 1]);
      // a wide block is cut north–south: west piece first
      expect(a.x0).toBe(0);
      expect(b.x1).toBe(20);
      expect(a.x1).toBe(b.x0);
      expect(a.x1).toBeGreaterThanOrEqual(9);
      expect(a.x1).toBeLessThanOrEqual(11);
    }
  });

  it('fills a block exactly when the weights need every cell', () => {
    const rect = { x0: 0, y0: 0, x1: 4, y1: 2 };
    const pieces = splitRect(mulberry32(3), rect, Array(8).fill(1));
    expect(owners(rect, pieces).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuses more pieces than cells', () => {
    expect(() => splitRect(mulberry32(1), { x0: 0, y0: 0, x1: 2, y1: 2 }, [2, 3])).toThrow('5 pieces do not fit in 4 cells');
  });
});

describe('readingOrder', () => {
  it('reads north to south, then west to east', () => {
    // a tall block on the west, two stacked on the east, one wide block under all three
    const rects = [
      { x0: 0, y0: 0, x1: 4, y1: 1 },
      { x0: 2, y0: 2, x1: 4, y1: 3 },
      { x0: 0, y0: 1, x1: 2, y1: 3 },
      { x0: 2, y0: 1, x1: 4, y1: 2 },
    ];
    expect(readingOrder(rects)).toEqual([2, 1, 3, 0]);
  });
});

describe('rectRing', () => {
  it('walks every lattice point round a 2 × 1 block anticlockwise from the south-west', () => {
    expect(rectRing({ x0: 1, y0: 1, x1: 3, y1: 2 })).toEqual([[1, 1], [2, 1], [3, 1], [3, 2], [2, 2], [1, 2]]);
  });
});
