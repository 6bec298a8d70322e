/**
 * A minimal PNG writer for palette images (colour type 3, 8 bits a pixel),
 * enough for share cards whose colours are already indices
 * (`src/lib/card-raster.ts`). zlib's deflate and crc32 come with Node.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { Rgb } from './card-raster.ts';

const signature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** `pixels` are palette indices, row by row; `palette` has at most 256 colours. */
export function encodeIndexedPng(width: number, height: number, pixels: Uint8Array, palette: Rgb[], level = 6): Buffer {
  if (pixels.length !== width * height) throw new Error(`PNG: ${pixels.length} điểm ảnh cho khung ${width}×${height}`);
  if (palette.length === 0 || palette.length > 256) throw new Error(`PNG: bảng màu ${palette.length} màu`);
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, adaptive filters, no interlace
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach((c, i) => plte.set([c.r, c.g, c.b], i * 3));
  // Filter "none" on every row: indices are labels, not amounts, so the
  // predicting filters would only scramble the long runs deflate thrives on.
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const parts = [signature, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', deflateSync(raw, { level })), chunk('IEND', new Uint8Array(0))];
  return Buffer.concat(parts);
}
