/**
 * Draws the app's install icons (web/public/icons/*.png) from the brand mark of favicon.svg: a dark
 * tile with four status-coloured cells. "any" icons have rounded corners; the maskable one fills the
 * square and keeps the mark inside the central 80 % that every launcher shape shows.
 * Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
const hex = (h: string): Rgba => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), 255];
const TILE = hex('#1f2933');
const CELLS = ['#1a9850', '#fdae61', '#4575b4', '#d73027'].map(hex);

/** Whether (x, y) lies in the rounded rectangle (in pixels). */
function inRounded(x: number, y: number, left: number, top: number, size: number, r: number): boolean {
  if (x < left || y < top || x >= left + size || y >= top + size) return false;
  const cx = Math.min(Math.max(x, left + r), left + size - r);
  const cy = Math.min(Math.max(y, top + r), top + size - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The mark on a 32-unit grid as favicon.svg draws it, scaled into `box` px at (`at`, `at`). */
function draw(size: number, maskable: boolean): Buffer {
  const box = maskable ? size * 0.8 : size;
  const at = (size - box) / 2;
  const u = box / 32;
  const cells = [
    [6, 6],
    [17, 6],
    [6, 17],
    [17, 17],
  ] as const;
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      let colour: Rgba | null = maskable || inRounded(cx, cy, 0, 0, size, 7 * u) ? TILE : null;
      cells.forEach(([l, t], i) => {
        if (inRounded(cx, cy, at + l * u, at + t * u, 9 * u, 1.5 * u)) colour = CELLS[i];
      });
      if (colour) px.set(colour, (y * size + x) * 4);
    }
  }
  return png(size, px);
}

function png(size: number, rgba: Buffer): Buffer {
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (1 + size * 4) + 1, y * size * 4, (y + 1) * size * 4);
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const out = new URL('../web/public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon-180.png', 180, true],
] as const) {
  writeFileSync(new URL(name, out), draw(size, maskable));
}
