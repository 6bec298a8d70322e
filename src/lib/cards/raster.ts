/**
 * Turns the SVG satori writes for a share card into palette indices, without
 * a general SVG renderer or a colour quantiser.
 *
 * A card is flat colours (rectangles) and text (one filled path per text
 * box). Each shape is filled with exact area coverage (the signed-area
 * accumulation font rasterisers use), and an edge pixel becomes "level k of
 * colour C over the colour that was there", k = coverage × levels. Those
 * levels are the palette, so an indexed PNG needs no quantisation, and a
 * card's static parts (background, bar, section, footer) can be drawn once
 * and reused under every title of that section.
 *
 * Only what satori emits for `cardTree` is accepted (rect and path with a
 * fill, unused masks, plain groups); anything else throws, so a layout
 * change that needs more (a clip, a transform, an image) fails the build
 * loudly instead of drawing a wrong card.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export type Shape =
  | { kind: 'rect'; fill: Rgb; x: number; y: number; width: number; height: number }
  | { kind: 'path'; fill: Rgb; d: string };

/**
 * Coverage levels per colour pair. 8 levels for each text colour are closer
 * to librsvg's full-colour rendering (mean difference 0.12 per channel, out
 * of 255) than the 16-colour palette shared by all colours the cards had
 * (1.0), at about the same PNG size; 16 levels add 2 KB a card for no
 * difference the eye sees (scripts/bench/card-encode.ts).
 */
export const coverageLevels = 8;

export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`thẻ chia sẻ: màu không đọc được "${hex}"`);
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16) };
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)) attrs.set(m[1]!, m[2]!);
  return attrs;
}

/** Attributes of a drawn shape that would change how it looks, and which this renderer does not implement. */
const unsupported = ['transform', 'mask', 'clip-path', 'opacity', 'fill-opacity', 'fill-rule', 'stroke', 'filter', 'style'];

/** The shapes of a satori card, in paint order; throws on anything it could not draw faithfully. */
export function parseCardSvg(svg: string): { width: number; height: number; shapes: Shape[] } {
  const root = /^<svg\b([^>]*)>/.exec(svg);
  if (!root) throw new Error('thẻ chia sẻ: không phải SVG');
  const rootAttrs = attributes(root[1]!);
  const width = Number(rootAttrs.get('width'));
  const height = Number(rootAttrs.get('height'));
  if (!(width > 0 && height > 0)) throw new Error('thẻ chia sẻ: SVG thiếu kích thước');
  // Satori declares a mask per box for overflow, but draws with one only when a box clips.
  const body = svg.slice(root[0].length).replace(/<mask\b[^>]*>.*?<\/mask>/gs, '');
  const shapes: Shape[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z]+)\b([^>]*?)\/?>/g)) {
    const [, closing, name, rest] = m;
    if (closing || (name === 'g' && rest!.trim() === '')) continue;
    const attrs = attributes(rest!);
    const bad = unsupported.find((a) => attrs.has(a));
    if (bad || (name !== 'rect' && name !== 'path')) {
      throw new Error(`thẻ chia sẻ: SVG có <${name}${bad ? ` ${bad}` : ''}> mà bộ vẽ thẻ không hỗ trợ`);
    }
    const fill = parseHex(attrs.get('fill') ?? '#000');
    if (name === 'rect') {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(attrs.get(a) ?? 0));
      shapes.push({ kind: 'rect', fill, x: x!, y: y!, width: w!, height: h! });
    } else {
      shapes.push({ kind: 'path', fill, d: attrs.get('d') ?? '' });
    }
  }
  return { width, height, shapes };
}

/** A path's outline as closed polygons (curves flattened), in user units. */
export function flattenPath(d: string): number[][] {
  const tokens = d.match(/[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const polygons: number[][] = [];
  let poly: number[] = [];
  let x = 0;
  let y = 0;
  let i = 0;
  let command = '';
  const num = () => {
    const t = tokens[i++];
    const v = Number(t);
    if (t === undefined || Number.isNaN(v)) throw new Error(`thẻ chia sẻ: đường vẽ hỏng gần "${t}"`);
    return v;
  };
  const close = () => {
    if (poly.length >= 6) polygons.push(poly);
    poly = [];
  };
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i]!)) command = tokens[i++]!;
    switch (command) {
      case 'M':
        close();
        x = num();
        y = num();
        poly.push(x, y);
        command = 'L'; // further pairs after M are lines
        break;
      case 'L':
        x = num();
        y = num();
        poly.push(x, y);
        break;
      case 'H':
        x = num();
        poly.push(x, y);
        break;
      case 'V':
        y = num();
        poly.push(x, y);
        break;
      case 'Q': {
        const [cx, cy, ex, ey] = [num(), num(), num(), num()];
        const n = segmentsFor(Math.hypot(x - 2 * cx + ex, y - 2 * cy + ey));
        for (let s = 1; s <= n; s++) {
          const t = s / n;
          const u = 1 - t;
          poly.push(u * u * x + 2 * u * t * cx + t * t * ex, u * u * y + 2 * u * t * cy + t * t * ey);
        }
        x = ex;
        y = ey;
        break;
      }
      case 'C': {
        const [c1x, c1y, c2x, c2y, ex, ey] = [num(), num(), num(), num(), num(), num()];
        const dev = Math.max(Math.hypot(x - 2 * c1x + c2x, y - 2 * c1y + c2y), Math.hypot(c1x - 2 * c2x + ex, c1y - 2 * c2y + ey));
        const n = segmentsFor(dev * 1.5);
        for (let s = 1; s <= n; s++) {
          const t = s / n;
          const u = 1 - t;
          poly.push(
            u * u * u * x + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * ex,
            u * u * u * y + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * ey,
          );
        }
        x = ex;
        y = ey;
        break;
      }
      case 'Z':
      case 'z': {
        const start = poly.slice(0, 2);
        close();
        if (start.length === 2) [x, y] = start as [number, number];
        command = '';
        break;
      }
      default:
        throw new Error(`thẻ chia sẻ: lệnh vẽ "${command || tokens[i]}" không được hỗ trợ`);
    }
  }
  close();
  return polygons;
}

/** Enough straight pieces that a curve strays under about a tenth of a pixel from its chords. */
function segmentsFor(deviation: number): number {
  return deviation < 0.3 ? 1 : Math.min(64, 1 + Math.floor(Math.sqrt(Math.sqrt(3 * deviation * deviation))));
}

const outlines = new WeakMap<Shape, number[][]>();

/** A shape's outline as polygons; a path is flattened once, however often it is asked for. */
export function outlineOf(shape: Shape): number[][] {
  if (shape.kind === 'rect') {
    const { x, y, width: w, height: h } = shape;
    return [[x, y, x + w, y, x + w, y + h, x, y + h]];
  }
  let polygons = outlines.get(shape);
  if (!polygons) {
    polygons = flattenPath(shape.d);
    outlines.set(shape, polygons);
  }
  return polygons;
}

/** [left, top, right, bottom] of polygons; empty polygons give an inverted (empty) box. */
export function boundsOf(polygons: number[][]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polygons) {
    for (let j = 0; j < p.length; j += 2) {
      minX = Math.min(minX, p[j]!);
      maxX = Math.max(maxX, p[j]!);
      minY = Math.min(minY, p[j + 1]!);
      maxY = Math.max(maxY, p[j + 1]!);
    }
  }
  return [minX, minY, maxX, maxY];
}

/**
 * Exact area coverage (0–1, non-zero winding) of polygons over a box of
 * pixels starting at (left, top), `width` × `height`.
 */
export function coverage(polygons: number[][], left: number, top: number, width: number, height: number): Float32Array {
  const out = signedCoverage(polygons, left, top, width, height);
  for (let i = 0; i < out.length; i++) out[i] = Math.min(1, Math.abs(out[i]!));
  return out;
}

/**
 * Coverage before the non-zero rule is applied: the winding-weighted area,
 * signed. Unlike coverage, it adds up: the signed coverages of shapes drawn
 * apart, summed, are those of the shapes as one path, which is how the
 * title painter (`fast-card.ts`) draws a title from glyphs rasterised once.
 */
export function signedCoverage(polygons: number[][], left: number, top: number, width: number, height: number): Float32Array {
  const acc = accumulate(polygons, left, top, width, height);
  const stride = width + 2;
  const out = new Float32Array(width * height);
  for (let row = 0; row < height; row++) {
    let sum = 0;
    for (let col = 0; col < width; col++) {
      sum += acc[row * stride + col]!;
      out[row * width + col] = sum;
    }
  }
  return out;
}

/**
 * Each edge's signed area, added into the pixels it crosses (rows of
 * `width + 2`); a running sum along a row then gives each pixel's coverage.
 * This is the accumulation scheme of the font-rs and stb_truetype
 * rasterisers: exact area, no supersampling.
 */
function accumulate(polygons: number[][], left: number, top: number, width: number, height: number): Float32Array {
  const stride = width + 2;
  const acc = new Float32Array(stride * height + 2);
  const add = (at: number, amount: number) => {
    acc[at] = acc[at]! + amount;
  };
  const line = (ax: number, ay: number, bx: number, by: number) => {
    if (ay === by) return;
    const dir = ay < by ? 1 : -1;
    const [x0p, y0p, x1p, y1p] = ay < by ? [ax, ay, bx, by] : [bx, by, ax, ay];
    const dxdy = (x1p - x0p) / (y1p - y0p);
    let x = x0p;
    const yStart = Math.max(0, Math.floor(y0p));
    if (y0p < 0) x -= y0p * dxdy;
    const yEnd = Math.min(height, Math.ceil(y1p));
    for (let row = yStart; row < yEnd; row++) {
      const dy = Math.min(row + 1, y1p) - Math.max(row, y0p);
      const xNext = x + dxdy * dy;
      const d = dy * dir;
      // Edges left of the box still count (everything right of them is inside); right of it nothing is drawn.
      const xa = Math.min(width, Math.max(0, Math.min(x, xNext)));
      const xb = Math.min(width, Math.max(0, Math.max(x, xNext)));
      const base = row * stride;
      const xaI = Math.floor(xa);
      const xaFloor = xaI;
      const xbCeil = Math.ceil(xb);
      if (xbCeil <= xaI + 1) {
        const xm = 0.5 * (xa + xb) - xaFloor;
        add(base + xaI, d - d * xm);
        add(base + xaI + 1, d * xm);
      } else {
        const s = 1 / (xb - xa);
        const xaf = xa - xaFloor;
        const a0 = 0.5 * s * (1 - xaf) * (1 - xaf);
        const xbf = xb - xbCeil + 1;
        const am = 0.5 * s * xbf * xbf;
        add(base + xaI, d * a0);
        if (xbCeil === xaI + 2) {
          add(base + xaI + 1, d * (1 - a0 - am));
        } else {
          const a1 = s * (1.5 - xaf);
          add(base + xaI + 1, d * (a1 - a0));
          for (let xi = xaI + 2; xi < xbCeil - 1; xi++) add(base + xi, d * s);
          const a2 = a1 + (xbCeil - xaI - 3) * s;
          add(base + xbCeil - 1, d * (1 - a2 - am));
        }
        add(base + xbCeil, d * am);
      }
      x = xNext;
    }
  };
  for (const p of polygons) {
    for (let j = 0; j < p.length; j += 2) {
      const k = (j + 2) % p.length;
      line(p[j]! - left, p[j + 1]! - top, p[k]! - left, p[k + 1]! - top);
    }
  }
  return acc;
}

/**
 * An image as palette indices. Colours enter the palette as they are
 * composited: "level k of colour C over palette entry p" is one entry,
 * found again by that key, so the palette stays small and exact.
 */
export class IndexedCanvas {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
  readonly palette: Rgb[];
  /** Rows drawn on since this canvas was made or cloned, [top, bottom); the rest are as they were. */
  readonly touched = { top: Infinity, bottom: -Infinity };
  /** Coverage levels an edge pixel is rounded to, per colour pair. */
  readonly levels: number;
  private readonly keys: Map<string, number>;

  /**
   * Pixels nothing covers stay palette entry 0, black; a card's first shape
   * is its full background. With `from`, its palette, and a copy of its
   * pixels unless `pixels` are given.
   */
  constructor(width: number, height: number, from?: IndexedCanvas, levels = from?.levels ?? coverageLevels, pixels?: Uint8Array) {
    this.width = width;
    this.height = height;
    this.levels = levels;
    this.pixels = pixels ?? (from ? from.pixels.slice() : new Uint8Array(width * height));
    this.palette = from ? [...from.palette] : [{ r: 0, g: 0, b: 0 }];
    this.keys = from ? new Map(from.keys) : new Map([['#000000', 0]]);
  }

  /** A copy to draw on, leaving this one (a cached background) untouched. */
  clone(): IndexedCanvas {
    return new IndexedCanvas(this.width, this.height, this);
  }

  /**
   * Rows [top, bottom) as a canvas of their own with this one's palette, and
   * one column wider: column 0 is each row's PNG filter byte (0, none), so
   * its pixels are the rows as a PNG stores them, for `deflateRaw` without
   * another copy. A title's band over a cached background: draw on it from
   * column 1. `into`, when long enough, holds the rows (a buffer reused from
   * card to card).
   */
  pngRows(top: number, bottom: number, into?: Uint8Array): IndexedCanvas {
    const stride = this.width + 1;
    const size = stride * (bottom - top);
    const raw = into && into.length >= size ? into.subarray(0, size) : new Uint8Array(size);
    for (let row = top; row < bottom; row++) {
      raw[(row - top) * stride] = 0;
      raw.set(this.pixels.subarray(row * this.width, (row + 1) * this.width), (row - top) * stride + 1);
    }
    return new IndexedCanvas(stride, bottom - top, this, this.levels, raw);
  }

  private entry(key: string, colour: () => Rgb): number {
    let index = this.keys.get(key);
    if (index === undefined) {
      index = this.palette.length;
      if (index > 255) throw new Error('thẻ chia sẻ: quá 256 màu');
      this.palette.push(colour());
      this.keys.set(key, index);
    }
    return index;
  }

  private solid(c: Rgb): number {
    return this.entry(`#${[c.r, c.g, c.b].map((v) => v.toString(16).padStart(2, '0')).join('')}`, () => c);
  }

  /**
   * Composites `fill` over the box (left, top, w, h, inside the canvas) from
   * an edge accumulation (see `accumulate`): how much of each pixel it covers.
   */
  private composite(fill: Rgb, acc: Float32Array, left: number, top: number, w: number, h: number): void {
    const levels = this.levels;
    const solid = this.solid(fill);
    const blended = this.blendTable();
    const stride = w + 2;
    for (let row = 0; row < h; row++) {
      let sum = 0;
      const base = row * stride;
      const at0 = (top + row) * this.width + left;
      for (let col = 0; col < w; col++) {
        sum += acc[base + col]!;
        const amount = sum < 0 ? -sum : sum;
        const level = amount >= 1 ? levels : Math.round(amount * levels);
        if (level === 0) continue;
        const at = at0 + col;
        if (level === levels) {
          this.pixels[at] = solid;
          continue;
        }
        const slot = this.pixels[at]! * (levels + 1) + level;
        const index = blended[slot]!;
        this.pixels[at] = index >= 0 ? index : this.blendEntry(blended, slot, fill);
      }
    }
  }

  /** Palette entry per (colour underneath, level), found once per box: -1 until then. */
  private blendTable(): Int16Array {
    return new Int16Array(256 * (this.levels + 1)).fill(-1);
  }

  /** "Level k of `fill` over palette entry p" (slot p × (levels + 1) + k), added to the palette when new. */
  private blendEntry(table: Int16Array, slot: number, fill: Rgb): number {
    const under = Math.floor(slot / (this.levels + 1));
    const level = slot % (this.levels + 1);
    const u = this.palette[under]!;
    const a = level / this.levels;
    const index =
      level === 0
        ? under
        : level === this.levels
          ? this.solid(fill)
          : this.entry(`${under}/${fill.r},${fill.g},${fill.b}/${level}`, () => ({
              r: Math.round(u.r + (fill.r - u.r) * a),
              g: Math.round(u.g + (fill.g - u.g) * a),
              b: Math.round(u.b + (fill.b - u.b) * a),
            }));
    table[slot] = index;
    return index;
  }

  /**
   * Composites `fill` by signed coverage (`signedCoverage`, or several added
   * up; at the same index as each pixel) within `boxes` ([left, top, width,
   * height]), as `composite` does from edges, and zeroes the coverage it
   * used, so overlapping boxes draw a pixel once. Coverage outside the boxes
   * must be zero: a title's boxes are its glyphs' masks, a third of its band.
   * `under` are the palette entries the boxes' pixels have (a title's band
   * is its background's colours): their blends are made before the loop,
   * which then has no call to make, and runs three times as fast.
   *
   * Returns how the pixels changed, Σ (new − old) and Σ index × (new − old),
   * from which png.ts updates a checksum of them (`adler32Changed`) instead
   * of reading them all again.
   */
  blend(fill: Rgb, coverage: Float32Array, boxes: [number, number, number, number][], under: Iterable<number>): { sum: number; weighted: number } {
    if (this.levels !== coverageLevels) throw new Error(`thẻ chia sẻ: blend cần ${coverageLevels} mức`);
    const table = this.blendTable();
    this.solid(fill); // first, as `composite` adds it, so both give one title the same palette
    for (let p = 0; p < 256; p++) table[p * (coverageLevels + 1)] = p;
    for (const p of under) for (let level = 1; level <= coverageLevels; level++) this.blendEntry(table, p * (coverageLevels + 1) + level, fill);
    for (const [, top, w, h] of boxes) if (w > 0 && h > 0) this.touch(top, top + h);
    const changes = blendBoxes(this.pixels, this.width, coverage, boxes, table);
    if (changes.written < 0) throw new Error('thẻ chia sẻ: tiêu đề đè lên màu không có trong `under`');
    return changes;
  }

  draw(shape: Shape): void {
    if (shape.kind === 'rect') {
      const { x, y, width, height } = shape;
      if ([x, y, width, height].every(Number.isInteger)) {
        // Satori places boxes on whole pixels: a plain fill, no edges to blend.
        const index = this.solid(shape.fill);
        this.touch(Math.max(0, y), Math.min(this.height, y + height));
        for (let row = Math.max(0, y); row < Math.min(this.height, y + height); row++) {
          this.pixels.fill(index, row * this.width + Math.max(0, x), row * this.width + Math.min(this.width, x + width));
        }
        return;
      }
    }
    this.drawPolygons(outlineOf(shape), shape.fill);
  }

  private touch(top: number, bottom: number): void {
    if (bottom <= top) return;
    this.touched.top = Math.min(this.touched.top, top);
    this.touched.bottom = Math.max(this.touched.bottom, bottom);
  }

  private drawPolygons(polygons: number[][], fill: Rgb): void {
    const [minX, minY, maxX, maxY] = boundsOf(polygons);
    if (minX === Infinity) return;
    const left = Math.max(0, Math.floor(minX));
    const top = Math.max(0, Math.floor(minY));
    // Edges add into the column right of them too; the accumulation rows have room for that.
    const w = Math.min(this.width, Math.ceil(maxX)) - left;
    const h = Math.min(this.height, Math.ceil(maxY)) - top;
    if (w <= 0 || h <= 0) return;
    this.touch(top, top + h);
    this.composite(fill, accumulate(polygons, left, top, w, h), left, top, w, h);
  }
}

/** `coverageLevels`, as a module constant V8 builds into `blendBoxes` (it does not with an exported one). */
const levels = coverageLevels;

/**
 * `IndexedCanvas.blend`'s loops, at `coverageLevels` levels. `written` is
 * the entries written OR-ed together: negative when a pixel had a colour
 * whose blends were not made.
 */
function blendBoxes(pixels: Uint8Array, width: number, coverage: Float32Array, boxes: [number, number, number, number][], table: Int16Array) {
  let written = 0;
  let sum = 0;
  let weighted = 0;
  for (const [left, top, w, h] of boxes) {
    for (let row = top; row < top + h; row++) {
      const end = row * width + left + w;
      // No branch on the coverage: edges are too irregular to predict, and level 0 (the colour underneath)
      // and full coverage are table entries like the others. Rounded as Math.round rounds.
      for (let at = row * width + left; at < end; at++) {
        const level = Math.min(levels, (Math.abs(coverage[at]!) * levels + 0.5) | 0);
        const old = pixels[at]!;
        const index = table[old * (levels + 1) + level]!;
        written |= index;
        sum += index - old;
        weighted += at * (index - old);
        pixels[at] = index;
        coverage[at] = 0;
      }
    }
  }
  return { written, sum, weighted };
}
