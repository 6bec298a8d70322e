import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Rgb } from './raster';
import { constants, deflateSync } from 'node:zlib';
import { adler32, adler32Changed, adler32Combine, deflatePiece, deflateRows, encodeIndexedPng, encodeIndexedPngPieces } from './png';

const palette: Rgb[] = [
  { r: 11, g: 93, b: 59 },
  { r: 255, g: 255, b: 255 },
  { r: 242, g: 183, b: 5 },
  { r: 133, g: 174, b: 157 },
];
const width = 37;
const height = 23;
// A pattern with runs and noise, so deflate has both to do.
const pixels = Uint8Array.from({ length: width * height }, (_, i) => ((i * 7919) % 13 < 9 ? 0 : (i * 31) % palette.length));

async function decoded(png: Buffer): Promise<Rgb[]> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height, info.channels]).toEqual([width, height, 3]);
  return Array.from({ length: width * height }, (_, i) => ({ r: data[3 * i]!, g: data[3 * i + 1]!, b: data[3 * i + 2]! }));
}

describe('PNG writer', () => {
  it('writes a palette PNG that decodes to exactly its pixels', async () => {
    const png = encodeIndexedPng(width, height, pixels, palette);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.isPalette]).toEqual(['png', width, height, true]);
    expect(await decoded(png)).toEqual([...pixels].map((i) => palette[i]));
  });
  it('joins rows deflated in pieces into the same image', async () => {
    const pieces = [deflateRows(width, pixels, 0, 5, false), deflateRows(width, pixels, 5, 5, false), deflateRows(width, pixels, 5, 17, false), deflateRows(width, pixels, 17, height, true)];
    const png = encodeIndexedPngPieces(width, height, palette, pieces);
    expect(await decoded(png)).toEqual([...pixels].map((i) => palette[i]));
  });
  it('joins rows already stored as PNG rows, deflated at another level or strategy', async () => {
    const raw = new Uint8Array((width + 1) * 12);
    for (let y = 0; y < 12; y++) raw.set(pixels.subarray((5 + y) * width, (6 + y) * width), y * (width + 1) + 1);
    for (const options of [{ level: 1 }, { level: 2, strategy: constants.Z_RLE }]) {
      const pieces = [deflateRows(width, pixels, 0, 5, false), deflatePiece(raw, false, options), deflateRows(width, pixels, 17, height, true)];
      expect(await decoded(encodeIndexedPngPieces(width, height, palette, pieces))).toEqual([...pixels].map((i) => palette[i]));
    }
  });
  it('refuses pieces that do not cover the image, and wrong sizes', () => {
    expect(() => encodeIndexedPngPieces(width, height, palette, [deflateRows(width, pixels, 0, 5, true)])).toThrow('byte');
    expect(() => encodeIndexedPng(width, height + 1, pixels, palette)).toThrow('điểm ảnh');
    expect(() => encodeIndexedPng(width, height, pixels, [])).toThrow('bảng màu');
  });
  it('computes Adler-32 and joins two checksums as zlib does', () => {
    const text = new TextEncoder().encode('Wikipedia');
    expect(adler32(text)).toBe(0x11e60398);
    const long = Uint8Array.from({ length: 20_003 }, (_, i) => (i * 131) % 256);
    // zlib's own, from the end of its stream.
    const zlib = deflateSync(long);
    expect(adler32(long)).toBe(zlib.readUInt32BE(zlib.length - 4));
    expect(adler32Combine(adler32(long.subarray(0, 7777)), adler32(long.subarray(7777)), long.length - 7777)).toBe(adler32(long));
    expect(adler32Combine(adler32(long), adler32(new Uint8Array(0)), 0)).toBe(adler32(long));
  });
  it('updates an Adler-32 from the changes alone', () => {
    const bytes = Uint8Array.from({ length: 50_000 }, (_, i) => (i * 7) % 251);
    const before = adler32(bytes);
    let [sum, weighted] = [0, 0];
    for (let i = 3; i < bytes.length; i += 97) {
      const now = (i * 13) % 256;
      sum += now - bytes[i]!;
      weighted += i * (now - bytes[i]!);
      bytes[i] = now;
    }
    expect(adler32Changed(before, bytes.length, sum, weighted)).toBe(adler32(bytes));
  });
});
