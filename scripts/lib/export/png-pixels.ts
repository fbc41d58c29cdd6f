import { PNG } from 'pngjs';

export type Rgb = [number, number, number];
export type Ring = [number, number][];

export interface Picture {
  width: number;
  height: number;
  at(x: number, y: number): Rgb;
}

export function readPng(bytes: Uint8Array): Picture {
  const png = PNG.sync.read(Buffer.from(bytes));
  return {
    width: png.width,
    height: png.height,
    at: (x, y) => {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[i], png.data[i + 1], png.data[i + 2]];
    },
  };
}

export const hexRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
export const rgbHex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
export const near = (a: Rgb, b: Rgb, tolerance: number) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);

function inside(rings: Ring[], x: number, y: number): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

function edgeDistance(rings: Ring[], x: number, y: number): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j];
      const [bx, by] = ring[i];
      const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / len2));
      best = Math.min(best, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
    }
  }
  return best;
}

/**
 * The colours seen inside a polygon (picture pixels), sampled every `step` pixels and at least
 * `margin` pixels from its edges (outlines), most frequent first with their share of the samples.
 * Labels cover a small part of a grid, so the first colour is its fill.
 */
export function coloursInside(picture: Picture, rings: Ring[], { step = 6, margin = 12 } = {}): { colour: Rgb; share: number }[] {
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const counts = new Map<string, { colour: Rgb; n: number }>();
  let total = 0;
  for (let y = Math.max(0, Math.min(...ys)); y < Math.min(picture.height, Math.max(...ys)); y += step) {
    for (let x = Math.max(0, Math.min(...xs)); x < Math.min(picture.width, Math.max(...xs)); x += step) {
      if (!inside(rings, x, y) || edgeDistance(rings, x, y) < margin) continue;
      const colour = picture.at(x, y);
      const key = rgbHex(colour);
      const entry = counts.get(key) ?? { colour, n: 0 };
      entry.n += 1;
      counts.set(key, entry);
      total += 1;
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n).map((e) => ({ colour: e.colour, share: e.n / total }));
}
