/**
 * Draws build/icon.png (1024×1024): a shield on the municipality's blue, from
 * which electron-builder derives the .ico and .icns. Run once: `npx tsx scripts/make-icon.ts`.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];
const DARK = [10, 60, 110];

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

function pixel(x: number, y: number): number[] | null {
  const u = x / SIZE;
  const v = y / SIZE;
  // Rounded square background.
  const r = 0.18;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  // Shield: straight top, sides curving to a point.
  const top = 0.2;
  const bottom = 0.84;
  if (v >= top && v <= bottom) {
    const t = (v - top) / (bottom - top);
    const half = t < 0.45 ? 0.3 : 0.3 * Math.cos(((t - 0.45) / 0.55) * (Math.PI / 2));
    if (Math.abs(u - 0.5) <= half) {
      // A house roof inside the shield: safety in the city.
      const inner = Math.abs(u - 0.5) <= half - 0.04 && v > top + 0.04;
      const roof =
        v > 0.36 && v < 0.62 && Math.abs(u - 0.5) < (v - 0.36) * 0.9 && Math.abs(u - 0.5) > (v - 0.36) * 0.9 - 0.07;
      const walls = v >= 0.55 && v < 0.7 && Math.abs(u - 0.5) < 0.17 && Math.abs(u - 0.5) > 0.11;
      const base = v >= 0.66 && v < 0.7 && Math.abs(u - 0.5) < 0.17;
      if (inner && (roof || walls || base)) return DARK;
      return inner ? WHITE : DARK;
    }
  }
  return BLUE;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0;
  for (let x = 0; x < SIZE; x++) {
    const color = pixel(x + 0.5, y + 0.5);
    const at = y * (SIZE * 4 + 1) + 1 + x * 4;
    if (color) {
      raw[at] = color[0] ?? 0;
      raw[at + 1] = color[1] ?? 0;
      raw[at + 2] = color[2] ?? 0;
      raw[at + 3] = 255;
    }
  }
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8;
header[9] = 6;
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', new Uint8Array()),
]);
writeFileSync('build/icon.png', png);
console.log(`build/icon.png: ${png.length} bytes`);
