import { crc32 } from 'node:zlib';

const SIGNATURE_LENGTH = 8;
const IHDR_CHUNK_LENGTH = 4 + 4 + 13 + 4;

/**
 * Adds a pHYs chunk (pixels per metre) after IHDR, so a 300 dpi export opens in print and layout
 * tools at its paper size instead of at the 72/96 dpi they assume when the PNG says nothing.
 */
export function withPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (png.length < SIGNATURE_LENGTH + IHDR_CHUNK_LENGTH || String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG');
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = Buffer.alloc(4 + 4 + 9 + 4);
  chunk.writeUInt32BE(9, 0);
  chunk.write('pHYs', 4, 'latin1');
  chunk.writeUInt32BE(perMetre, 8);
  chunk.writeUInt32BE(perMetre, 12);
  chunk.writeUInt8(1, 16);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 17)), 17);
  const at = SIGNATURE_LENGTH + IHDR_CHUNK_LENGTH;
  return Buffer.concat([png.subarray(0, at), chunk, png.subarray(at)]);
}
