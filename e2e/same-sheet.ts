import { PNG } from 'pngjs';

/** The block side, in device pixels (300 dpi: 16 px is 1.4 mm). */
const BLOCK = 16;

/**
 * How far apart two renders of one printed sheet are: the largest difference of mean colour (0–255,
 * any channel) over BLOCK × BLOCK squares. Chromium's text over SwiftShader does not draw a label's
 * halo to the same bytes every time (one render in a few differs in the halo's antialiasing, never
 * in where a label stands), which moves a square's mean by up to ~12; a grid border gone or moved
 * (a white line 3+ device px wide across a square of fill) moves it by 40 or more, a status colour by
 * far more. Different sizes answer Infinity.
 */
export function sheetDistance(a: Buffer, b: Buffer): { distance: number; at: [number, number] | null } {
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (pa.width !== pb.width || pa.height !== pb.height) return { distance: Infinity, at: null };
  let distance = 0;
  let at: [number, number] | null = null;
  for (let by = 0; by + BLOCK <= pa.height; by += BLOCK) {
    for (let bx = 0; bx + BLOCK <= pa.width; bx += BLOCK) {
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let y = by; y < by + BLOCK; y++) {
          for (let x = bx; x < bx + BLOCK; x++) {
            const i = (y * pa.width + x) * 4 + c;
            sum += pa.data[i] - pb.data[i];
          }
        }
        const d = Math.abs(sum) / (BLOCK * BLOCK);
        if (d > distance) [distance, at] = [d, [bx, by]];
      }
    }
  }
  return { distance, at };
}
