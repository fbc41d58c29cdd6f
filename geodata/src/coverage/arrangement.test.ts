import { describe, expect, it } from 'vitest';
import { buildArrangement, classify } from './arrangement.ts';
import { nodeSegments, type Segments } from './noding.ts';
import { VertexStore, Welder } from './weld.ts';

/** rings as labelled, counter-clockwise rectangles [x0, y0, x1, y1] */
function arrange(rects: [number, number, number, number, number][]) {
  const w = new Welder(new VertexStore(), 0.001);
  const segs: Segments = { u: [], v: [], label: [] };
  for (const [x0, y0, x1, y1, label] of rects) {
    const ring = [w.weld(x0, y0), w.weld(x1, y0), w.weld(x1, y1), w.weld(x0, y1)];
    ring.forEach((a, i) => {
      segs.u.push(a);
      segs.v.push(ring[(i + 1) % 4]);
      segs.label.push(label);
    });
  }
  const arr = buildArrangement(w.store, nodeSegments(w, segs));
  return { arr, ...classify(arr) };
}

const faces = (r: ReturnType<typeof arrange>) =>
  Array.from({ length: r.arr.nCycles }, (_, c) => ({ area: r.arr.cycleArea[c], cover: Object.fromEntries(r.cover[c]) }))
    .filter((f) => f.area > 0)
    .sort((a, b) => a.area - b.area || JSON.stringify(a.cover).localeCompare(JSON.stringify(b.cover)));

describe('arrangement', () => {
  it('splits two overlapping squares into three faces with the right covers and areas', () => {
    expect(faces(arrange([[0, 0, 10, 10, 1], [6, 0, 16, 10, 2]]))).toEqual([
      { area: 40, cover: { 1: 1, 2: 1 } },
      { area: 60, cover: { 1: 1 } },
      { area: 60, cover: { 2: 1 } },
    ]);
  });

  it('knows what holds a component that touches nothing: an island inside a square', () => {
    const r = arrange([[0, 0, 10, 10, 1], [4, 4, 6, 6, 2]]);
    expect(faces(r)).toEqual([
      { area: 4, cover: { 1: 1, 2: 1 } },
      { area: 100, cover: { 1: 1 } },
    ]);
    // the island's outside cycle is a hole in the big square's face
    const island = r.arr.exterior.find((c) => r.arr.cycleArea[c] === -4)!;
    expect(r.arr.cycleArea[r.container[island]]).toBe(100);
    const outer = r.arr.exterior.find((c) => r.arr.cycleArea[c] === -100)!;
    expect(r.container[outer]).toBe(-1);
    expect(r.cover[outer].size).toBe(0);
  });

  it('leaves out an edge that two rings of one label run both ways (it separates nothing)', () => {
    const r = arrange([[0, 0, 10, 10, 1], [10, 0, 20, 10, 1]]);
    expect(faces(r)).toEqual([{ area: 200, cover: { 1: 1 } }]);
  });
});
