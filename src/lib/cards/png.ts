/**
 * A minimal PNG writer for palette images (colour type 3, 8 bits a pixel),
 * enough for share cards whose colours are already indices
 * (`src/lib/cards/raster.ts`). zlib's deflate and crc32 come with Node.
 *
 * The image data can also be written in pieces of rows, each deflated on its
 * own and joined into one zlib stream, so rows shared by many images (a
 * card's background above and below its title) are compressed once.
 */
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';
import type { Rgb } from './raster.ts';

const signature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** Deflate level: 6 saves 4 % of a card's bytes for 20 % more time, 4 costs 6 % more bytes for 7 % less. */
const level = 5;

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function png(width: number, height: number, palette: Rgb[], idat: Uint8Array): Buffer {
  if (palette.length === 0 || palette.length > 256) throw new Error(`PNG: bảng màu ${palette.length} màu`);
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, adaptive filters, no interlace
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach((c, i) => plte.set([c.r, c.g, c.b], i * 3));
  return Buffer.concat([signature, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
}

/**
 * Rows [from, to) as PNG stores them. Filter "none" on every row: indices
 * are labels, not amounts, so the predicting filters would only scramble the
 * long runs deflate thrives on.
 */
function rawRows(width: number, pixels: Uint8Array, from: number, to: number): Uint8Array {
  const raw = new Uint8Array((width + 1) * Math.max(0, to - from));
  for (let y = from; y < to; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), (y - from) * (width + 1) + 1);
  return raw;
}

/** `pixels` are palette indices, row by row; `palette` has at most 256 colours. */
export function encodeIndexedPng(width: number, height: number, pixels: Uint8Array, palette: Rgb[]): Buffer {
  if (pixels.length !== width * height) throw new Error(`PNG: ${pixels.length} điểm ảnh cho khung ${width}×${height}`);
  return png(width, height, palette, deflateSync(rawRows(width, pixels, 0, height), { level }));
}

/** Some rows of an image, deflated as one piece of a zlib stream. */
export interface RowsPiece {
  data: Buffer;
  /** Adler-32 and length of the rows as stored, to join checksums without the rows. */
  adler: number;
  length: number;
}

/** Rows [from, to) of `pixels`, deflated on their own; `last` is the piece that ends the image. */
export function deflateRows(width: number, pixels: Uint8Array, from: number, to: number, last: boolean): RowsPiece {
  return deflatePiece(rawRows(width, pixels, from, to), last);
}

/**
 * Rows already as PNG stores them (each led by its filter byte), deflated
 * as a piece; `options` override the level, for rows deflated per image;
 * `adler` is their Adler-32 when already known (`adler32Changed`).
 */
export function deflatePiece(raw: Uint8Array, last: boolean, options: { level?: number; strategy?: number } = {}, adler = adler32(raw)): RowsPiece {
  // A piece that is not last ends on a byte boundary without the final-block mark, so the next piece can follow it.
  const data = deflateRawSync(raw, { level, ...options, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
  return { data, adler, length: raw.length };
}

/** A PNG from pieces covering every row in order, the last made with `last`. */
export function encodeIndexedPngPieces(width: number, height: number, palette: Rgb[], pieces: RowsPiece[]): Buffer {
  const length = pieces.reduce((sum, p) => sum + p.length, 0);
  if (length !== (width + 1) * height) throw new Error(`PNG: các mảnh có ${length} byte, cần ${(width + 1) * height}`);
  const adler = pieces.reduce((sum, p) => adler32Combine(sum, p.adler, p.length), 1);
  const trailer = new Uint8Array(4);
  new DataView(trailer.buffer).setUint32(0, adler);
  // 0x78 0x9c: deflate with a 32 KB window, default level, no dictionary.
  return png(width, height, palette, Buffer.concat([Uint8Array.of(0x78, 0x9c), ...pieces.map((p) => p.data), trailer]));
}

const adlerBase = 65521;

export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; ) {
    // 5552 bytes is the most that can be summed before b could pass 2^32 (zlib's NMAX); JS numbers hold more, this keeps it exact and cheap.
    const end = Math.min(data.length, i + 5552);
    // Four bytes a step: a title's rows are summed per card, and this is a third faster.
    for (; i + 4 <= end; i += 4) {
      a += data[i]!;
      b += a;
      a += data[i + 1]!;
      b += a;
      a += data[i + 2]!;
      b += a;
      a += data[i + 3]!;
      b += a;
    }
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= adlerBase;
    b %= adlerBase;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * The Adler-32 of `length` bytes after some of them changed, from theirs
 * before: `sum` is Σ (new − old) over the changed bytes, `weighted`
 * Σ i × (new − old), i a byte's index from 0. Adler-32's sums are linear in
 * the bytes (a = 1 + Σ dᵢ, b = Σ (length − i) dᵢ + length), so a change moves
 * them by that much.
 */
export function adler32Changed(adler: number, length: number, sum: number, weighted: number): number {
  const mod = (x: number) => ((x % adlerBase) + adlerBase) % adlerBase;
  const a = mod((adler & 0xffff) + sum);
  const b = mod(((adler >>> 16) & 0xffff) + mod(length * sum) - mod(weighted));
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two byte strings one after the other, from each one's checksum and the second one's length (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % adlerBase;
  const a1 = first & 0xffff;
  const b1 = (first >>> 16) & 0xffff;
  const a2 = second & 0xffff;
  const b2 = (second >>> 16) & 0xffff;
  const a = (a1 + a2 + adlerBase - 1) % adlerBase;
  const b = ((rem * a1) % adlerBase + b1 + b2 + adlerBase - rem) % adlerBase;
  return ((b << 16) | a) >>> 0;
}
