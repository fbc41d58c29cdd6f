import type { MapImage } from './map-feature.ts';

/** A diagonal hatch as raw RGBA, for fill-pattern layers; drawn in code, so no sprite is fetched. */
export function hatchPattern(size: number, hex: string, lineWidth = 2): MapImage {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // lines run bottom-left to top-right and tile seamlessly because size divides the period
      if ((x + y) % size < lineWidth) data.set([r, g, b, 200], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
